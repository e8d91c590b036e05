package dev.quire.ingest;

import dev.quire.ingest.archive.ArchivedReview;
import dev.quire.work.Chapter;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an old archive's readers left beside its stories, handed on once the stories are works:
 * reviews to whoever keeps comments ({@link ReviewsImported}), a member's favourites to wait on
 * their unclaimed byline ({@link FavouritesImported}). Events keep {@code ingest} apart from the
 * comment and bookmark features, which depend on it. One transaction per call. Thread-safe.
 */
@Component
class ArchiveCommunity {

  private final WorkRepository works;
  private final CreatorRepository creators;
  private final ApplicationEventPublisher events;

  ArchiveCommunity(WorkRepository works, CreatorRepository creators, ApplicationEventPublisher events) {
    this.works = works;
    this.creators = creators;
    this.events = events;
  }

  /** A favourite story, by the key of the work it became. */
  record Favourite(String storyKey, String notesHtml) {}

  /**
   * Hands on a story's reviews, each on its chapter when the work has one at that position.
   *
   * @param source the archive and review id of a review, by review id
   * @return whether the story is a work, so that its reviews were handed on
   */
  @Transactional
  public boolean reviews(String storyKey, List<ArchivedReview> reviews, LongFunction<String> source) {
    Optional<Work> found = works.findByStoryKey(storyKey);
    if (found.isEmpty()) {
      return false;
    }
    Work work = found.get();
    Map<Integer, Long> chapters = work.getChapters().stream()
        .collect(Collectors.toMap(Chapter::getPosition, Chapter::getId));
    List<ReviewsImported.Review> handed = new ArrayList<>();
    for (ArchivedReview review : reviews) {
      handed.add(new ReviewsImported.Review(source.apply(review.reviewId()),
          review.chapter() == 0 ? null : chapters.get(review.chapter()), review.reviewer(), review.posted(),
          review.bodyHtml()));
    }
    events.publishEvent(new ReviewsImported(work.getId(), handed));
    return true;
  }

  /**
   * Hands on a member's favourite stories that are works, to wait on the unclaimed byline of
   * their pen name.
   *
   * @return how many were handed on; none when no unclaimed byline has that name (the member wrote
   *     no story here, or the byline has been claimed)
   */
  @Transactional
  public int favourites(String penName, List<Favourite> favourites) {
    Optional<Long> creator = creators.findUnclaimed(penName).map(c -> c.getId());
    if (creator.isEmpty()) {
      return 0;
    }
    List<FavouritesImported.Favourite> handed = new ArrayList<>();
    for (Favourite favourite : favourites) {
      works.findByStoryKey(favourite.storyKey()).ifPresent(work ->
          handed.add(new FavouritesImported.Favourite(work.getId(), favourite.notesHtml())));
    }
    if (!handed.isEmpty()) {
      events.publishEvent(new FavouritesImported(creator.get(), handed));
    }
    return handed.size();
  }
}
