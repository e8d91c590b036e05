package dev.quire.cli;

import dev.quire.account.AccessTokens;
import dev.quire.account.AccountRepository;
import dev.quire.account.TokenRefusedException;
import dev.quire.account.UserNames;
import dev.quire.account.Viewer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "token",
    description = "Personal access tokens for the API.",
    subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(mixinStandardHelpOptions = true, name = "create",
      description = {"Create a personal access token for an account and print it as the last line.",
          "It is shown once: the archive keeps only its hash."})
  static final class Create implements Callable<Integer> {

    @Mixin ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "NAME", description = "the account's user name")
    String name;

    @Option(names = "--label", paramLabel = "L", defaultValue = "command line",
        description = "what the token is for (default: ${DEFAULT-VALUE})")
    String label;

    @Option(names = "--write", description = "the token may also post and edit works (default: read only)")
    boolean write;

    @Override
    public Integer call() {
      try (var context = Archive.open(archive)) {
        var account = context.getBean(AccountRepository.class).findByUserKey(UserNames.key(name));
        if (account.isEmpty()) {
          System.err.println("quire: there is no account " + name);
          return 1;
        }
        AccessTokens.Issued issued =
            context.getBean(AccessTokens.class).issue(Viewer.of(account.get()), label, write);
        System.out.printf("Token \"%s\" for %s (%s); it is shown once:%n", issued.label(),
            account.get().getUserName(), write ? "read and write" : "read only");
        System.out.println(issued.token());
        return 0;
      } catch (TokenRefusedException e) {
        System.err.println("quire: " + e.getMessage());
        return 1;
      }
    }
  }
}
