package dev.quire.cli;

import dev.quire.account.Account;
import dev.quire.account.AccountRefusedException;
import dev.quire.account.NewAccount;
import dev.quire.account.OneTimePasswords;
import dev.quire.account.Registration;
import dev.quire.account.Role;
import dev.quire.account.RoleChanges;
import dev.quire.account.Viewer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Make accounts and change their roles (the first admin of a new archive is made this way).",
    subcommands = {UserCommand.Add.class, UserCommand.ChangeRoles.class})
final class UserCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Make a confirmed account with its default pseud. Without --password-stdin, prints a"
          + " random password to hand on once.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the account was made",
        "1:the account cannot be made as asked (the reason is printed)",
        "2:the command line is wrong or the archive could not be opened"
      })
  static final class Add implements Callable<Integer> {

    @Mixin ArchiveOptions archive;

    @Parameters(paramLabel = "NAME", description = "User name, also the default pseud's name.")
    String name;

    @Option(names = "--email", required = true, paramLabel = "E", description = "The account's email address.")
    String email;

    @Option(names = "--role", paramLabel = "ROLE", description = "wrangler, archivist, moderator or admin; repeatable.")
    List<String> roles;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--json", description = "Print one JSON object on standard output.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Set<Role> asked = (roles == null ? List.<String>of() : roles).stream().map(Role::ofKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
      String password = passwordStdin ? firstLineOfStandardInput() : OneTimePasswords.random();
      Account account;
      try (var context = Archive.open(archive)) {
        account = context.getBean(Registration.class).register(new NewAccount(name, email, password, asked, true));
      } catch (AccountRefusedException refused) {
        System.err.println("quire: " + refused.getMessage());
        return 1;
      }
      Map<String, Object> made = new LinkedHashMap<>();
      made.put("name", account.getUserName());
      made.put("email", account.getEmail());
      made.put("roles", keys(account.getRoles()));
      if (!passwordStdin) {
        made.put("password", password);
      }
      if (json) {
        System.out.println(JsonMapper.builder().build().writeValueAsString(made));
      } else {
        System.out.printf("Made account %s (%s)%s.%n", account.getUserName(), account.getEmail(),
            account.getRoles().isEmpty() ? "" : ", " + String.join(", ", keys(account.getRoles())));
        if (!passwordStdin) {
          System.out.printf("Its password, shown only now: %s%nLog in at /users/login and change it at /account/password.%n",
              password);
        }
      }
      return 0;
    }

    private static String firstLineOfStandardInput() throws IOException {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new IllegalArgumentException("--password-stdin: nothing was given on standard input");
      }
      return line;
    }
  }

  @Command(
      name = "role",
      mixinStandardHelpOptions = true,
      description = "Grant (+ROLE) and revoke (-ROLE) roles, then print the account's roles.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the roles were changed",
        "1:there is no such account",
        "2:the command line is wrong or the archive could not be opened"
      })
  static final class ChangeRoles implements Callable<Integer> {

    @Mixin ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "NAME", description = "The account's user name.")
    String name;

    @Parameters(index = "1..*", paramLabel = "+ROLE|-ROLE", description = "e.g. +wrangler -archivist")
    List<String> changes;

    @Override
    public Integer call() {
      Set<Role> grant = EnumSet.noneOf(Role.class);
      Set<Role> revoke = EnumSet.noneOf(Role.class);
      for (String change : changes) {
        if (change.startsWith("+")) {
          grant.add(Role.ofKey(change.substring(1)));
        } else if (change.startsWith("-")) {
          revoke.add(Role.ofKey(change.substring(1)));
        } else {
          throw new IllegalArgumentException("write +" + change + " to grant a role or -" + change + " to revoke it");
        }
      }
      Set<Role> after;
      try (var context = Archive.open(archive)) {
        after = context.getBean(RoleChanges.class).apply(Viewer.archive(), name, grant, revoke);
      } catch (NoSuchElementException unknown) {
        System.err.println("quire: " + unknown.getMessage());
        return 1;
      }
      System.out.println(name + ": " + (after.isEmpty() ? "no roles (reads and posts)" : String.join(", ", keys(after))));
      return 0;
    }
  }

  private static List<String> keys(Set<Role> roles) {
    return roles.stream().sorted().map(Role::key).toList();
  }
}
