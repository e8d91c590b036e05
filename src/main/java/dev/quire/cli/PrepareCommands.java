package dev.quire.cli;

import dev.quire.QuireApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.javapoet.ClassName;

/**
 * Runs in the build, after {@code spring-boot:process-aot} has prepared the server's bean
 * definitions: prepares those of the context the other commands open (the archive without a web
 * server) in the same way, under names of their own ({@code Name__CommandsBeanDefinitions},
 * {@code QuireApplication__CommandsApplicationContextInitializer}), and compiles them into the
 * classes folder, where {@link PreparedStart} finds them. The proxy classes both preparations
 * make for a bean have the same names and do the same (only their methods' order differs), so
 * the server's are kept.
 *
 * <pre>java -cp CLASSPATH dev.quire.cli.PrepareCommands CLASSES WORK DATA RELEASE</pre>
 *
 * CLASSES is the build's classes folder, WORK a folder for the generated files, DATA a throwaway
 * data folder (nothing is written to it), RELEASE the Java release the classes are compiled for.
 */
public final class PrepareCommands extends SpringApplicationAotProcessor {

  /** What the commands' generated class names carry after {@code __}. */
  static final String FEATURE = "Commands";

  /** The argument after the data folder that asks {@link QuireApplication#main} for the commands' context. */
  public static final String COMMANDS_CONTEXT = "commands";

  private PrepareCommands(Settings settings, Path data) {
    super(QuireApplication.class, settings, new String[] {data.toString(), COMMANDS_CONTEXT});
  }

  @Override
  protected ClassNameGenerator createClassNameGenerator() {
    return new ClassNameGenerator(ClassName.get(getApplicationClass()), FEATURE);
  }

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path generated = work.resolve("classes");
    Settings settings = Settings.builder()
        .sourceOutput(work.resolve("sources")).resourceOutput(work.resolve("resources")).classOutput(generated)
        .groupId("dev.quire").artifactId("quire").build();
    new PrepareCommands(settings, Path.of(args[2])).process();
    copyNew(generated, classes);
    compile(work.resolve("sources"), classes, args[3]);
  }

  /** Copies the generated classes (proxies) that the classes folder does not have yet. */
  private static void copyNew(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (!Files.exists(target)) {
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }

  private static void compile(Path sources, Path classes, String release) throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the build's Java has no compiler: build with a JDK");
    }
    List<String> options = List.of("-proc:none", "-nowarn", "-XDsuppressNotes", "-encoding", "UTF-8", "--release", release,
        "-d", classes.toString(), "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"));
    String[] arguments = Stream.concat(options.stream(), files.stream()).toArray(String[]::new);
    if (javac.run(null, null, null, arguments) != 0) {
      throw new IllegalStateException("the commands' prepared bean definitions did not compile");
    }
  }
}
