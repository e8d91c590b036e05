package dev.quire.mute;

import dev.quire.account.Account;
import dev.quire.account.AccountPolicy;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutes and blocks: made and undone by the account itself, and read by the policies that enforce
 * them (the access policy hides muted users' works from every list through the viewer's read scope;
 * the access and comment policies refuse a blocked user's kudos and comments). Kept in the
 * database, so every app node of a cluster enforces the same ones at once. Thread-safe.
 */
@Service
public class Boundaries {

  private final BoundaryRepository boundaries;
  private final AccountRepository accounts;
  private final Clock clock;
  private final AccountPolicy accountPolicy;

  Boundaries(BoundaryRepository boundaries, AccountRepository accounts, Clock clock, AccountPolicy accountPolicy) {
    this.boundaries = boundaries;
    this.accounts = accounts;
    this.clock = clock;
    this.accountPolicy = accountPolicy;
  }

  /** The accounts {@code viewer} muted; none for a guest. */
  @Transactional(readOnly = true)
  public Set<Long> mutedBy(Viewer viewer) {
    return viewer.isGuest() ? Set.of() : Set.copyOf(boundaries.findOthers(viewer.accountId(), BoundaryKind.MUTE));
  }

  /**
   * The accounts that blocked {@code viewer}, read once for a page that asks of many accounts (each
   * comment's author); none for a guest, whom no one blocks.
   */
  @Transactional(readOnly = true)
  public Set<Long> blockersOf(Viewer viewer) {
    return viewer.isGuest() ? Set.of() : Set.copyOf(boundaries.findHolders(BoundaryKind.BLOCK, viewer.accountId()));
  }

  /** Whether any of {@code accountIds} blocked {@code viewer}; never for a guest, whom no one blocks. */
  @Transactional(readOnly = true)
  public boolean blockedByAny(Collection<Long> accountIds, Viewer viewer) {
    return !viewer.isGuest() && !accountIds.isEmpty()
        && boundaries.existsByAny(Set.copyOf(accountIds), BoundaryKind.BLOCK, viewer.accountId());
  }

  /**
   * Which of mute and block {@code viewer} holds against the person {@code userName}, for the
   * buttons on that person's pages; empty when there are no buttons to show: for a guest, on one's
   * own pages, on the archive's own accounts' and for a name no one has.
   */
  @Transactional(readOnly = true)
  public Optional<Set<BoundaryKind>> towards(Viewer viewer, String userName) {
    if (!viewer.mayWrite()) {
      return Optional.empty();
    }
    return accounts.findByUserName(userName)
        .filter(other -> !other.isSystemAccount() && !other.getId().equals(viewer.accountId()))
        .map(other -> {
          Set<BoundaryKind> held = EnumSet.noneOf(BoundaryKind.class);
          for (BoundaryKind kind : BoundaryKind.values()) {
            if (boundaries.exists(viewer.accountId(), kind, other.getId())) {
              held.add(kind);
            }
          }
          return held;
        });
  }

  /** The user names of the accounts {@code viewer} keeps away in this way, A–Z. */
  @Transactional(readOnly = true)
  public List<String> list(Viewer viewer, BoundaryKind kind) {
    return accounts.findAllById(boundaries.findOthers(viewer.accountId(), kind)).stream()
        .map(Account::getUserName)
        .sorted(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)))
        .toList();
  }

  /**
   * Mutes or blocks the account {@code userName} for {@code viewer}. Not one transaction: the row
   * is written in its own, so that two of the same request at once make one and both succeed.
   *
   * @return whether it is new (false when it was there already)
   * @throws BoundaryRefusedException when no name is given, there is no such person, it is the
   *     viewer or one of the archive's own accounts, or the viewer reached {@link BoundaryKind#LIMIT}
   */
  public boolean add(Viewer viewer, BoundaryKind kind, String userName) {
    Account other = person(viewer, kind, userName);
    if (boundaries.exists(viewer.accountId(), kind, other.getId())) {
      return false;
    }
    if (boundaries.countOthers(viewer.accountId(), kind) >= BoundaryKind.LIMIT) {
      throw new BoundaryRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, String.format(Locale.ROOT,
          "You have %s %,d users, the most you can: un%s someone first.", kind.done(), BoundaryKind.LIMIT, kind.verb()));
    }
    try {
      boundaries.saveAndFlush(new Boundary(viewer.accountId(), other.getId(), kind, clock.instant()));
    } catch (DataIntegrityViolationException sameMoment) {
      // The same request twice at once (a double click): the other one made it.
      return false;
    }
    return true;
  }

  /**
   * Undoes {@code viewer}'s mute or block of {@code userName}.
   *
   * @return whether there was one
   * @throws BoundaryRefusedException when there is no such person
   */
  @Transactional
  public boolean remove(Viewer viewer, BoundaryKind kind, String userName) {
    return boundaries.delete(viewer.accountId(), kind, person(viewer, kind, userName).getId()) > 0;
  }

  private Account person(Viewer viewer, BoundaryKind kind, String userName) {
    accountPolicy.checkMayWrite(viewer);
    if (userName == null || userName.isBlank()) {
      throw new BoundaryRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
          "Give the user name of the person to " + kind.verb() + ".");
    }
    Account other = accounts.findByUserName(userName.strip())
        .orElseThrow(() -> new BoundaryRefusedException(HttpStatus.NOT_FOUND,
            "There is no user named '" + userName + "'."));
    if (other.getId().equals(viewer.accountId())) {
      throw new BoundaryRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "You can't " + kind.verb() + " yourself.");
    }
    if (other.isSystemAccount()) {
      throw new BoundaryRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
          "'" + other.getUserName() + "' holds the archive's unclaimed and orphaned works, not a person's: it can't be "
              + kind.done() + ".");
    }
    return other;
  }
}
