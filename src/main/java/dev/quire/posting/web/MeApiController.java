package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: the account a token acts for, its roles and the pseuds it may credit
 * works to (default first). The API chain lets only a token's requests here.
 */
@RestController
class MeApiController {

  /** An account as the API shows it to itself; roles in lower case, as {@code quire user role} names them. */
  record Me(String name, List<String> roles, List<String> pseuds) {}

  private final CreatorRepository creators;

  MeApiController(CreatorRepository creators) {
    this.creators = creators;
  }

  @GetMapping("/api/v1/me")
  @Transactional(readOnly = true)
  Me me(Viewer viewer) {
    return new Me(viewer.userName(),
        viewer.roles().stream().sorted().map(role -> role.name().toLowerCase(Locale.ROOT)).toList(),
        creators.findByAccount(viewer.accountId()).stream().map(Creator::getName).toList());
  }
}
