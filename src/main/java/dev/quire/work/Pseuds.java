package dev.quire.work;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.UserNames;
import dev.quire.account.Viewer;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's pseuds, as on AO3: the default one is named like the account; the account adds more,
 * edits them and deletes any but the default, whose works are then credited to the default pseud.
 * Names follow AO3's rules (1 to {@value #NAME_MAX} letters, digits, spaces, underscores or dashes)
 * and are unique within an account by {@link UserNames#key}, so "Sam", "SAM" and "5am" are one.
 * Who may change them is {@link AccessPolicy#mayChangePseuds}'s to say. Moving a pseud to another
 * account ({@link #moveTo}) is how claims hand imported works over. Changed works are re-indexed
 * when the transaction commits. Thread-safe.
 */
@Component
public class Pseuds {

  public static final int NAME_MAX = 40;
  public static final int DESCRIPTION_MAX = 500;
  public static final int ICON_ALT_MAX = 250;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}_ -]+");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  /** Names that would be shadowed by the pseud pages' own addresses. */
  private static final List<String> RESERVED = List.of("new");

  private final CreatorRepository creators;
  private final AccountRepository accounts;
  private final WorkRepository works;
  private final AccessPolicy policy;
  private final EntityManager entityManager;

  Pseuds(CreatorRepository creators, AccountRepository accounts, WorkRepository works, AccessPolicy policy,
      EntityManager entityManager) {
    this.creators = creators;
    this.accounts = accounts;
    this.works = works;
    this.policy = policy;
    this.entityManager = entityManager;
  }

  /** The pseud {@code name} of {@code userName}, as its page shows it. */
  @Transactional(readOnly = true)
  public Optional<PseudDetails> find(String userName, String name) {
    return creators.findPseud(userName, name).map(PseudDetails::of);
  }

  /**
   * A person's pseuds, the default first, then by name; empty when there is no such person (the
   * system accounts' bylines are listed to archivists, not here).
   */
  @Transactional(readOnly = true)
  public Optional<List<PseudDetails>> of(String userName) {
    return accounts.findByUserName(userName).filter(account -> !account.isSystemAccount())
        .map(account -> creators.findByAccount(account.getId()).stream().map(PseudDetails::of).toList());
  }

  /** Whether {@code viewer} may change the pseuds of {@code userName}; false when there is no such account. */
  @Transactional(readOnly = true)
  public boolean mayChange(Viewer viewer, String userName) {
    return accounts.findByUserName(userName).filter(holder -> policy.mayChangePseuds(viewer, holder)).isPresent();
  }

  /**
   * Checks that {@code viewer} may change the pseuds of {@code userName}.
   *
   * @throws PseudNotFoundException when there is no such account
   * @throws AccessDeniedException when {@code viewer} may not
   */
  @Transactional(readOnly = true)
  public void checkMayChange(Viewer viewer, String userName) {
    holder(viewer, userName);
  }

  /**
   * A pseud that {@code viewer} may edit, for its form.
   *
   * @throws PseudNotFoundException when there is no such account or pseud
   * @throws AccessDeniedException when {@code viewer} may not change the account's pseuds
   */
  @Transactional(readOnly = true)
  public PseudDetails forEditing(Viewer viewer, String userName, String name) {
    return PseudDetails.of(pseud(viewer, userName, name));
  }

  /**
   * Adds a pseud to the account {@code userName}.
   *
   * @throws PseudNotFoundException when there is no such account
   * @throws AccessDeniedException when {@code viewer} may not change its pseuds
   * @throws InvalidPseudException when a field breaks a rule or the name is taken in the account
   */
  @Transactional
  public PseudDetails add(Viewer viewer, String userName, PseudForm form) {
    Account holder = holder(viewer, userName);
    check(form, holder, null);
    Creator pseud = Creator.pseud(form.name(), holder, false);
    describe(pseud, form);
    return PseudDetails.of(creators.save(pseud));
  }

  /**
   * Changes a pseud's name, description and icon text; the default pseud keeps the account's name.
   *
   * @throws PseudNotFoundException when there is no such account or pseud
   * @throws AccessDeniedException when {@code viewer} may not change the account's pseuds
   * @throws InvalidPseudException when a field breaks a rule or the new name is taken in the account
   */
  @Transactional
  public PseudDetails edit(Viewer viewer, String userName, String name, PseudForm form) {
    Creator pseud = pseud(viewer, userName, name);
    PseudForm checked = pseud.isDefault() ? new PseudForm(pseud.getName(), form.description(), form.iconAlt()) : form;
    check(checked, pseud.getAccount(), pseud);
    boolean renamed = !pseud.getName().equals(checked.name().strip());
    pseud.setName(checked.name());
    describe(pseud, checked);
    if (renamed) {
      // The index holds the credited names: the works' documents must say the new one.
      works.findAllByCreator(pseud.getId()).forEach(this::reindex);
    }
    return PseudDetails.of(pseud);
  }

  /**
   * Deletes a pseud other than the default; its works are credited to the default pseud instead.
   *
   * @return how many works moved to the default pseud
   * @throws PseudNotFoundException when there is no such account or pseud
   * @throws AccessDeniedException when {@code viewer} may not change the account's pseuds
   * @throws InvalidPseudException when it is the default pseud
   */
  @Transactional
  public int delete(Viewer viewer, String userName, String name) {
    Creator pseud = pseud(viewer, userName, name);
    if (pseud.isDefault()) {
      throw new InvalidPseudException(Map.of("name", "The default pseud cannot be deleted."));
    }
    Creator fallback = creators.findByAccount(pseud.getAccount().getId()).stream()
        .filter(Creator::isDefault).findFirst()
        .orElseThrow(() -> new InvalidPseudException(Map.of("name",
            "This account has no default pseud to move the works to.")));
    return mergeInto(pseud, fallback);
  }

  /**
   * Moves a pseud and the credits of its works to {@code account}. When the account already has a
   * pseud of the same name (by {@link UserNames#key}), the works are credited to that one and the
   * moved pseud is deleted, so an account never holds two pseuds of one name. The caller has
   * decided that the move is allowed (a claim).
   *
   * @return the pseud now credited on the works
   */
  @Transactional
  public Creator moveTo(Creator pseud, Account account) {
    Optional<Creator> namesake = namesake(pseud.getName(), account, null);
    if (namesake.isPresent()) {
      mergeInto(pseud, namesake.get());
      return namesake.get();
    }
    pseud.moveTo(account);
    works.findAllByCreator(pseud.getId()).forEach(this::reindex);
    return pseud;
  }

  /**
   * The pseud of {@code orphan_account} named {@code name}, which takes an orphaned work's credit,
   * made on first use. The one named {@code orphan_account} is that account's default pseud.
   */
  public Creator ofOrphanAccount(String name) {
    return creators.findPseud(Account.ORPHAN_ACCOUNT, name).orElseGet(() -> creators.save(
        Creator.pseud(name, accounts.orphanAccount(), name.equals(Account.ORPHAN_ACCOUNT))));
  }

  private int mergeInto(Creator from, Creator to) {
    List<Work> credited = works.findAllByCreator(from.getId());
    credited.forEach(work -> {
      work.replaceCreator(from, to);
      reindex(work);
    });
    creators.delete(from);
    return credited.size();
  }

  private void reindex(Work work) {
    Search.session(entityManager).indexingPlan().addOrUpdate(work);
  }

  private Account holder(Viewer viewer, String userName) {
    Account holder = accounts.findByUserName(userName).orElseThrow(() -> new PseudNotFoundException(userName, null));
    if (!policy.mayChangePseuds(viewer, holder)) {
      throw new AccessDeniedException("You may not change the pseuds of " + userName + ".");
    }
    return holder;
  }

  private Creator pseud(Viewer viewer, String userName, String name) {
    Account holder = holder(viewer, userName);
    return creators.findPseud(holder.getUserName(), name).orElseThrow(() -> new PseudNotFoundException(userName, name));
  }

  private void check(PseudForm form, Account holder, Creator editing) {
    Map<String, String> problems = new LinkedHashMap<>();
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty()) {
      problems.put("name", "Please give the pseud a name.");
    } else if (name.length() > NAME_MAX) {
      problems.put("name", "A pseud's name has at most " + NAME_MAX + " characters.");
    } else if (!NAME.matcher(name).matches() || !LETTER_OR_DIGIT.matcher(name).find()) {
      problems.put("name", "A pseud's name has letters, digits, spaces, underscores and dashes only, and at"
          + " least one letter or digit.");
    } else if (RESERVED.contains(UserNames.key(name))) {
      problems.put("name", "That name is reserved. Please choose another.");
    } else if (namesake(name, holder, editing).isPresent()) {
      problems.put("name", "You already have a pseud named like that.");
    }
    if (form.description() != null && form.description().length() > DESCRIPTION_MAX) {
      problems.put("description", "A description has at most " + DESCRIPTION_MAX + " characters.");
    }
    if (form.iconAlt() != null && form.iconAlt().length() > ICON_ALT_MAX) {
      problems.put("iconAlt", "An icon's text has at most " + ICON_ALT_MAX + " characters.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidPseudException(problems);
    }
  }

  /** The pseud of {@code holder}, other than {@code except}, whose name {@link UserNames#key} makes {@code name}'s. */
  private Optional<Creator> namesake(String name, Account holder, Creator except) {
    String key = UserNames.key(name);
    return creators.findByAccount(holder.getId()).stream()
        .filter(c -> c != except && UserNames.key(c.getName()).equals(key)).findFirst();
  }

  private static void describe(Creator pseud, PseudForm form) {
    pseud.setDescription(blankToNull(form.description()));
    pseud.setIconAlt(blankToNull(form.iconAlt()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
