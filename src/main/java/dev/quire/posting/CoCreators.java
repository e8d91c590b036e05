package dev.quire.posting;

import dev.quire.account.Account;
import dev.quire.account.Viewer;
import dev.quire.work.Creator;
import dev.quire.work.Work;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-creators as AO3 has them: a work's creator invites another person's pseud, and the pseud is
 * credited only when its account accepts. The invited person sees their requests
 * ({@link #requests}) and accepts or declines each; nobody else may. Thread-safe.
 */
@Component
public class CoCreators {

  private final CreatorshipInvitationRepository invitations;
  private final Pseuds pseuds;
  private final Clock clock;

  CoCreators(CreatorshipInvitationRepository invitations, Pseuds pseuds, Clock clock) {
    this.invitations = invitations;
    this.pseuds = pseuds;
    this.clock = clock;
  }

  /**
   * A request to share the credit of a work.
   *
   * @param id the invitation's id, which accepting or declining names
   * @param workId the work
   * @param workTitle its title
   * @param pseud the invited pseud's name
   * @param invitedBy the inviter's user name, or {@code null} when their account is gone
   * @param invitedAt when
   */
  public record Request(long id, long workId, String workTitle, String pseud, String invitedBy, Instant invitedAt) {}

  /** The requests waiting for the viewer, newest first. */
  @Transactional(readOnly = true)
  public List<Request> requests(Viewer viewer) {
    if (viewer.isGuest()) {
      return List.of();
    }
    return invitations.findForAccount(viewer.accountId()).stream()
        .map(i -> new Request(i.getId(), i.getWork().getId(), i.getWork().getTitle(), i.getCreator().getName(),
            i.getInvitedBy() == null ? null : i.getInvitedBy().getUserName(), i.getInvitedAt()))
        .toList();
  }

  /** Credits the invited pseud on the work and forgets the invitation. */
  @Transactional
  public void accept(Viewer viewer, long invitationId) {
    CreatorshipInvitation invitation = invitationFor(viewer, invitationId);
    invitation.getWork().addCreator(invitation.getCreator());
    invitations.delete(invitation);
  }

  /** Forgets the invitation; the work is unchanged. */
  @Transactional
  public void decline(Viewer viewer, long invitationId) {
    invitations.delete(invitationFor(viewer, invitationId));
  }

  /** The references ({@code pseud (user)}) of the pseuds invited to {@code work} and not yet answering. */
  List<String> pending(Work work) {
    return invitations.findByWork(work.getId()).stream().map(i -> reference(i.getCreator())).toList();
  }

  /**
   * Makes the invitations {@code references} name: new ones for pseuds neither credited nor invited
   * yet, and withdraws those no longer named. References are checked by {@link PostingRules} first.
   */
  void invite(Work work, Collection<String> references, Account inviter) {
    Set<Creator> named = references.stream()
        .filter(reference -> !reference.isBlank())
        .filter(reference -> work.getCreators().stream().noneMatch(c -> reference(c).equals(reference.strip())))
        .map(reference -> pseuds.person(reference).orElseThrow())
        .filter(pseud -> !work.getCreators().contains(pseud))
        .collect(Collectors.toSet());
    List<CreatorshipInvitation> waiting = invitations.findByWork(work.getId());
    waiting.stream().filter(i -> !named.contains(i.getCreator())).forEach(invitations::delete);
    Set<Creator> invited = waiting.stream().map(CreatorshipInvitation::getCreator).collect(Collectors.toSet());
    named.stream()
        .filter(pseud -> !invited.contains(pseud))
        .forEach(pseud -> invitations.save(new CreatorshipInvitation(work, pseud, inviter, clock.instant())));
  }

  /** How a co-creator is written: {@code pseud (user)}, or the user name alone for a default pseud. */
  static String reference(Creator pseud) {
    return pseud.getName().equals(pseud.getUserName())
        ? pseud.getName()
        : pseud.getName() + " (" + pseud.getUserName() + ")";
  }

  private CreatorshipInvitation invitationFor(Viewer viewer, long invitationId) {
    CreatorshipInvitation invitation = invitations.findById(invitationId)
        .orElseThrow(() -> new AccessDeniedException("There is no such request for you."));
    if (!viewer.mayWrite() || !invitation.getCreator().getAccount().getId().equals(viewer.accountId())) {
      throw new AccessDeniedException("There is no such request for you.");
    }
    return invitation;
  }
}
