package dev.quire.work;

import dev.quire.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A pseud: a name credited on works, held by one account (AO3's pseud). A person's pseuds are held
 * by their account, the first of them named like it ({@link #isDefault()}); an imported byline is
 * held by the {@code unclaimed} account until someone claims it, and is never matched to a person
 * by its name. Names are unique within an account. Bylines link
 * {@code /users/{userName}/pseuds/{name}}, the user name being the account's.
 */
@Entity
public class Creator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @FullTextField(analyzer = "prose")
  @KeywordField(name = "key", normalizer = "sort")
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "is_default")
  private boolean isDefault;

  private String description;

  @Column(name = "icon_alt")
  private String iconAlt;

  /** The archivist who imported an unclaimed byline; null when it came from the command line. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "imported_by_id")
  private Account importedBy;

  @Column(name = "claim_email")
  private String claimEmail;

  protected Creator() {}

  Creator(String name, Account account, boolean isDefault) {
    this.name = Objects.requireNonNull(name, "name").strip();
    if (this.name.isEmpty()) {
      throw new IllegalArgumentException("a creator needs a name");
    }
    this.account = Objects.requireNonNull(account, "account");
    this.isDefault = isDefault;
  }

  /** An imported byline, held by the {@code unclaimed} account until someone claims it. */
  public static Creator unclaimed(String name, Account unclaimed, Account importedBy) {
    if (!Account.UNCLAIMED.equals(unclaimed.getUserName())) {
      throw new IllegalArgumentException("imported bylines are held by the unclaimed account");
    }
    Creator creator = new Creator(name, unclaimed, false);
    creator.importedBy = importedBy;
    return creator;
  }

  /** A person's pseud; the default one is named like the account and made when it is. */
  public static Creator pseud(String name, Account account, boolean isDefault) {
    return new Creator(name, account, isDefault);
  }

  public Long getId() {
    return id;
  }

  /** The name as credited; on AO3, the pseud. */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Objects.requireNonNull(name, "name").strip();
  }

  /** The account holding this pseud: a person's, or {@code unclaimed} or {@code orphan_account}. */
  public Account getAccount() {
    return account;
  }

  /** The holding account's user name, which names the pseud's pages; matches {@code \w+}. */
  public String getUserName() {
    return account.getUserName();
  }

  /** Moves the pseud to another account: a claim, or an orphaning. */
  public void moveTo(Account account) {
    this.account = Objects.requireNonNull(account, "account");
    this.isDefault = false;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getIconAlt() {
    return iconAlt;
  }

  public void setIconAlt(String iconAlt) {
    this.iconAlt = iconAlt;
  }

  public Account getImportedBy() {
    return importedBy;
  }

  /** Where a claim invitation for this byline may be sent; never shown to readers. */
  public String getClaimEmail() {
    return claimEmail;
  }

  public void setClaimEmail(String claimEmail) {
    this.claimEmail = claimEmail;
  }
}
