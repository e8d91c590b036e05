package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|She put the kettle on and waited for the water to boil, and then she said that it was"
            + " time for tea, but he was not in the kitchen with her.",
        "fr|Elle a mis la bouilloire sur le feu et elle a attendu que l'eau soit chaude, puis elle"
            + " a dit qu'il était temps de prendre le thé, mais il ne était pas dans la cuisine.",
        "de|Sie stellte den Kessel auf und wartete, bis das Wasser kochte, und dann sagte sie, dass"
            + " es Zeit für Tee war, aber er war nicht mit ihr in der Küche.",
        "es|Ella puso la tetera en el fuego y esperó a que el agua hirviera, y luego dijo que ya"
            + " era hora del té, pero él no estaba con ella en la cocina.",
        "it|Lei mise il bollitore sul fuoco e aspettò che l'acqua bollisse, e poi disse che era"
            + " ora del tè, ma lui non era con lei nella cucina, e non era nel giardino.",
        "pt|Ela colocou a chaleira no fogo e esperou que a água fervesse, e depois disse que já"
            + " era hora do chá, mas ele não estava com ela na cozinha, e não estava no jardim.",
        "nl|Ze zette de ketel op en wachtte tot het water kookte, en toen zei ze dat het tijd was"
            + " voor thee, maar hij was niet met haar in de keuken en ook niet in de tuin.",
        "ru|Она поставила чайник и ждала, пока вода закипит, а потом сказала, что пора пить чай.",
        "ja|彼女はやかんを火にかけて、お湯が沸くのを待ってから、お茶の時間だと言った。",
        "zh|她把水壶放在火上，等水烧开，然后说该喝茶了，但他不在厨房里。",
        "ko|그녀는 주전자를 불에 올려놓고 물이 끓기를 기다렸다가 차 마실 시간이라고 말했다.",
      })
  void namesTheLanguageOfAShortNeutralText(String language, String text) {
    assertThat(detector.detect(text)).contains(language);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "da|Hun satte kedlen over og ventede på, at vandet skulle koge. Bagefter sagde hun, at det"
            + " var tid til te, men han var ikke i køkkenet. Han havde gået ud i haven for at se"
            + " efter hunden, som var løbet væk igen. Da han kom tilbage, var teen kold, og hun lo af"
            + " ham. »Du kommer altid for sent,« sagde hun, og han nikkede, fordi det var sandt.",
        "da|Brevet kom en tirsdag i marts. Mormor læste det to gange ved køkkenbordet, før hun"
            + " foldede det sammen og lagde det i skuffen. Hun sagde ikke noget om det hele dagen,"
            + " men om aftenen tog hun mig med ned til havnen, hvor bådene lå stille i det grå vand."
            + " Jeg spurgte, hvad der stod i brevet, men hun rystede bare på hovedet og smilede.",
        "no|Hun satte på kjelen og ventet på at vannet skulle koke. Etterpå sa hun at det var på"
            + " tide med te, men han var ikke på kjøkkenet. Han hadde gått ut i hagen for å se etter"
            + " hunden, som hadde løpt bort igjen. Da han kom tilbake, var teen kald, og hun lo av"
            + " ham. «Du kommer alltid for sent,» sa hun, og han nikket, fordi det var sant.",
        "no|Brevet kom en tirsdag i mars. Bestemor leste det to ganger ved kjøkkenbordet før hun"
            + " brettet det sammen og la det i skuffen. Hun sa ikke noe om det hele dagen, men om"
            + " kvelden tok hun meg med ned til havna, der båtene lå stille i det grå vannet. Jeg"
            + " spurte hva som sto i brevet, men hun bare ristet på hodet og smilte.",
        "sv|Hon satte på kitteln och väntade på att vattnet skulle koka. Sedan sa hon att det var"
            + " dags för te, men han var inte i köket. Han hade gått ut i trädgården för att leta"
            + " efter hunden, som hade sprungit bort igen. När han kom tillbaka var teet kallt, och"
            + " hon skrattade åt honom. ”Du kommer alltid för sent”, sa hon, och han nickade.",
        "sv|Brevet kom en tisdag i mars. Mormor läste det två gånger vid köksbordet innan hon vek"
            + " ihop det och lade det i lådan. Hon sa ingenting om det under hela dagen, men på"
            + " kvällen tog hon med mig ner till hamnen, där båtarna låg stilla i det grå vattnet. Jag"
            + " frågade vad det stod i brevet, men hon bara skakade på huvudet och log.",
      })
  void tellsDanishNorwegianAndSwedishApart(String language, String text) {
    assertThat(detector.detect(text)).contains(language);
  }

  @Test
  void namesNoLanguageForATextHalfInOneAndHalfInAnother() {
    String english = "She put the kettle on and waited for the water to boil, and then she said it was"
        + " time for tea, but he was not in the kitchen with her.";
    String german = "Sie stellte den Kessel auf und wartete, bis das Wasser kochte, und dann sagte sie, dass"
        + " es Zeit für Tee war, aber er war nicht mit ihr in der Küche.";

    assertThat(detector.detect(english + "\n" + german)).isEmpty();
    assertThat(detector.detect(english + "\n" + english + "\n" + english + "\n" + german)).contains("en");
  }

  @Test
  void namesNoLanguageForTooFewWords() {
    assertThat(detector.detect("Tea, then.")).isEmpty();
  }

  @Test
  void leavesAStoryThatStatesItsLanguageAlone() {
    StoryDocument story = StoryDocument.builder().language("fr")
        .chapter(new StoryChapter(null, null, null, "<p>" + "the kettle and the tea ".repeat(20)))
        .build();

    assertThat(detector.detectLanguage(story)).isEmpty();
  }

  @Test
  void readsTheSeedsAsEnglish() throws Exception {
    for (String seed : new String[] {"000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt"}) {
      assertThat(detector.detectLanguage(read(seed, resource("/seeds/" + seed)))).contains("en");
    }
  }

  @Test
  void readsTheWindows1252PlainTextOfTheSharedCorpusAsFrench() throws Exception {
    Path file = Path.of(System.getProperty("quire.shared", "../shared"),
        "corpus", "plaintext", "683_jainas_kiba.txt");
    assumeTrue(Files.isRegularFile(file), "shared corpus absent: " + file);

    StoryDocument story = read(file.getFileName().toString(), Files.readAllBytes(file));

    assertThat(detector.detectLanguage(story.toBuilder().language(null).build())).contains("fr");
  }

  private static byte[] resource(String path) throws Exception {
    try (InputStream in = LanguageDetectorTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  private static StoryDocument read(String name, byte[] bytes) throws Exception {
    return StoryFormats.detect(bytes, name).orElseThrow().read(bytes, name);
  }
}
