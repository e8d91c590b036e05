package dev.quire.report;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.EmailAddresses;
import dev.quire.account.FormProblems;
import dev.quire.account.Throttles;
import dev.quire.account.Viewer;
import dev.quire.work.AccessPolicy;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.ListedWork;
import dev.quire.work.WorkNotFoundException;
import dev.quire.work.WorkSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * AO3's "Report" link: anyone who may read a work, a guest with an email address too, reports it
 * to the moderators with a reason and what is wrong; moderators and admins read the open reports
 * and resolve them. At most {@link #LIMIT} reports an hour come from one client address and from
 * one email address, counted on every node ({@link Throttles}). The reporter's address is for the
 * moderators alone: a moderator who is a creator of the reported work does not see it either.
 * Thread-safe.
 */
@Component
public class Reports {

  /** The longest account of what is wrong, in characters. */
  public static final int MAX_DETAILS = 2000;
  /** The open reports one page lists, oldest first. */
  static final int SHOWN = 100;
  static final Throttles.Limit LIMIT = new Throttles.Limit(5, Duration.ofHours(1));

  private final WorkReportRepository reports;
  private final WorkCatalog catalog;
  private final AccessPolicy policy;
  private final AccountRepository accounts;
  private final Throttles throttles;
  private final Clock clock;

  Reports(WorkReportRepository reports, WorkCatalog catalog, AccessPolicy policy, AccountRepository accounts,
      Throttles throttles, Clock clock) {
    this.reports = reports;
    this.catalog = catalog;
    this.policy = policy;
    this.accounts = accounts;
    this.throttles = throttles;
    this.clock = clock;
  }

  /**
   * What a reader fills in. {@code email} is read only from a guest: an account's report goes
   * from its own address.
   */
  public record ReportForm(String reason, String details, String email) {

    public static ReportForm blank() {
      return new ReportForm("", "", "");
    }
  }

  /**
   * Files {@code viewer}'s report of the work, or says what is wrong with the form (by field:
   * {@code reason}, {@code details}, {@code email}) and files nothing.
   *
   * @param clientAddress the address the request came from, for the limit per client
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws ReportThrottledException when this client or address has sent too many reports this hour
   * @throws AccessDeniedException when the viewer's account is suspended
   */
  @Transactional
  public FormProblems file(Viewer viewer, long workId, ReportForm form, String clientAddress) {
    reportable(viewer, workId);
    if (!viewer.isGuest() && !viewer.mayWrite()) {
      throw new AccessDeniedException("A suspended account sends no reports.");
    }
    Optional<Account> account = viewer.isGuest() ? Optional.empty() : accounts.findById(viewer.accountId());
    String email = account.map(Account::getEmail).orElse(form.email() == null ? "" : form.email().strip());
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<ReportReason> reason = ReportReason.ofKey(form.reason());
    if (reason.isEmpty()) {
      problems.put("reason", "Please choose what is wrong with the work.");
    }
    String details = form.details() == null ? "" : form.details().strip();
    if (details.isEmpty()) {
      problems.put("details", "Please tell the moderators what is wrong.");
    } else if (details.length() > MAX_DETAILS) {
      problems.put("details", "Please say it in at most " + MAX_DETAILS + " characters (this is "
          + details.length() + ").");
    }
    if (account.isEmpty()) {
      EmailAddresses.problem(email).ifPresent(problem -> problems.put("email", problem));
    }
    if (!problems.isEmpty()) {
      return new FormProblems(problems);
    }
    Optional<Duration> wait = throttles.enter(LIMIT,
        List.of("report-client:" + clientAddress, "report-email:" + EmailAddresses.key(email)));
    if (wait.isPresent()) {
      throw new ReportThrottledException(wait.get());
    }
    reports.save(new WorkReport(workId, reason.orElseThrow(), details, email,
        account.map(Account::getId).orElse(null), clock.instant()));
    return FormProblems.none();
  }

  /**
   * The work as its report form shows it.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   */
  public WorkSummary reportable(Viewer viewer, long workId) {
    return catalog.summary(viewer, workId).orElseThrow(() -> new WorkNotFoundException(workId));
  }

  /**
   * The open reports, oldest first, at most {@link #SHOWN}.
   *
   * @throws AccessDeniedException unless the viewer is a moderator or an admin
   */
  @Transactional(readOnly = true)
  public List<OpenReport> open(Viewer viewer) {
    checkHandles(viewer);
    List<WorkReport> open = reports.findOpen(PageRequest.of(0, SHOWN));
    Map<Long, ListedWork> works = catalog.listed(viewer, open.stream().map(WorkReport::getWorkId).toList());
    return open.stream().map(report -> {
      Optional<ListedWork> work = Optional.ofNullable(works.get(report.getWorkId()));
      boolean creator = work.map(w -> w.summary().isCreditedTo(viewer)).orElse(false);
      return new OpenReport(report.getId(), report.getWorkId(), work.map(w -> w.summary().title()).orElse(null),
          work.map(ListedWork::hidden).orElse(false), report.getReason(), report.getDetails(),
          creator ? null : report.getReporterEmail(), report.getReportedAt());
    }).toList();
  }

  /** How many reports are open. */
  @Transactional(readOnly = true)
  public long openCount(Viewer viewer) {
    checkHandles(viewer);
    return reports.countOpen();
  }

  /**
   * Marks an open report resolved by {@code viewer}.
   *
   * @throws AccessDeniedException unless the viewer is a moderator or an admin
   * @throws ReportNotFoundException when there is no such open report
   */
  @Transactional
  public void resolve(Viewer viewer, long reportId) {
    openReport(viewer, reportId).resolve(viewer.accountId(), clock.instant());
  }

  /**
   * The work an open report is about, for a moderator to act on it.
   *
   * @throws AccessDeniedException unless the viewer is a moderator or an admin
   * @throws ReportNotFoundException when there is no such open report
   */
  @Transactional(readOnly = true)
  public long workOf(Viewer viewer, long reportId) {
    return openReport(viewer, reportId).getWorkId();
  }

  private WorkReport openReport(Viewer viewer, long reportId) {
    checkHandles(viewer);
    return reports.findById(reportId).filter(report -> !report.isResolved())
        .orElseThrow(() -> new ReportNotFoundException(reportId));
  }

  private void checkHandles(Viewer viewer) {
    if (!policy.mayHandleReports(viewer)) {
      throw new AccessDeniedException("Only moderators and admins read reports.");
    }
  }
}
