package org.oversight.accounts.domain;

import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.oversight.accounts.AccountChanged;
import org.oversight.accounts.AccountCreated;
import org.oversight.accounts.AccountDisabled;
import org.oversight.accounts.AccountEnabled;
import org.oversight.accounts.LeadNames;
import org.oversight.accounts.PasswordResetLinkIssued;
import org.oversight.accounts.PasswordSetWithResetLink;
import org.oversight.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creating them, changing role, leads, email and manager, disabling them, one-time
 * password reset links, and looking them up for sign-in. Every change publishes its event.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    /** NCSC guidance favours long passwords over complexity rules. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** How long a password reset link works. */
    public static final Duration RESET_LINK_LIFETIME = Duration.ofHours(72);

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<LeadNames> leadNames;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordResetRepository resets,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<LeadNames> leadNames) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.leadNames = leadNames;
    }

    /** What an account is to be: its role, email, manager and leads. */
    public record Details(Role role, String email, String manager, Set<String> leads) {
        public Details {
            leads = leads == null ? Set.of() : Set.copyOf(leads);
        }

        public static Details of(Role role) {
            return new Details(role, null, null, Set.of());
        }
    }

    /** Creates an account with a password; throws {@link IllegalArgumentException} saying what is wrong. */
    @Transactional
    public UserAccount add(String username, Role role, char[] password) {
        return add(username, Details.of(role), password, by());
    }

    /**
     * Creates an account. Without a password (an admin creating it for someone) it cannot sign in
     * until its owner sets one with a reset link.
     */
    @Transactional
    public UserAccount add(String username, Details details, char[] password, String by) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "user name must be 2 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        String hash = password == null ? unusablePassword() : encode(password);
        if (accounts.findByUsernameIgnoringCase(username).isPresent()) {
            throw new IllegalArgumentException("a user called '" + username + "' already exists");
        }
        UserAccount account = new UserAccount(
                        null, username, hash, details.role(), true, clock.instant(), null, null, Set.of(), null)
                .withDetails(
                        details.role(),
                        checkedEmail(details.email()),
                        checkedManager(username, details.manager()),
                        checkedLeads(details.role(), details.leads()));
        UserAccount saved = accounts.save(account);
        events.publishEvent(new AccountCreated(username, by, saved.describe()));
        log.info("event=user_added username={} role={}", username, details.role());
        return saved;
    }

    /** Changes role, email, manager and leads at once. */
    @Transactional
    public UserAccount change(String username, Details details, String by) {
        UserAccount account = find(username);
        UserAccount changed = account.withDetails(
                details.role(),
                checkedEmail(details.email()),
                checkedManager(account.username(), details.manager()),
                checkedLeads(details.role(), details.leads()));
        if (changed.describe().equals(account.describe())) {
            return account;
        }
        UserAccount saved = accounts.save(changed);
        events.publishEvent(new AccountChanged(account.username(), by, account.describe(), saved.describe()));
        log.info("event=user_changed username={} role={}", account.username(), details.role());
        return saved;
    }

    /** Disables (an account that cannot sign in) or enables an account. */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled, String by) {
        UserAccount account = find(username);
        if (account.enabled() == enabled) {
            return account;
        }
        if (!enabled && by.equalsIgnoreCase(account.username())) {
            throw new IllegalArgumentException("you cannot disable your own account");
        }
        UserAccount saved = accounts.save(account.withEnabled(enabled));
        events.publishEvent(
                enabled ? new AccountEnabled(account.username(), by) : new AccountDisabled(account.username(), by));
        log.info("event=user_{} username={}", enabled ? "enabled" : "disabled", account.username());
        return saved;
    }

    /**
     * Issues a one-time password reset link token (shown once, never stored: only its SHA-256 is),
     * voiding any earlier one.
     */
    @Transactional
    public String issueResetToken(String username, String by) {
        UserAccount account = find(username);
        Instant now = clock.instant();
        resets.voidUnused(account.id(), now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        resets.save(new PasswordReset(null, account.id(), sha256(token), by, now, now.plus(RESET_LINK_LIFETIME), null));
        events.publishEvent(new PasswordResetLinkIssued(account.username(), by));
        log.info("event=password_reset_link_issued username={}", account.username());
        return token;
    }

    /** The account a reset token may set the password of, if the token is valid now. */
    @Transactional(readOnly = true)
    public Optional<String> resetTokenOwner(String token) {
        return usableReset(token)
                .flatMap(reset -> accounts.findById(reset.userAccount()))
                .map(UserAccount::username);
    }

    /** Sets the password with a reset token and uses the token up. */
    @Transactional
    public String resetPassword(String token, char[] password) {
        PasswordReset reset = usableReset(token)
                .orElseThrow(() -> new IllegalArgumentException(
                        "this link has expired or has been used: ask an administrator for a new one"));
        UserAccount account = accounts.findById(reset.userAccount()).orElseThrow();
        String hash = encode(password);
        resets.save(reset.usedAt(clock.instant()));
        accounts.save(account.withPasswordHash(hash));
        events.publishEvent(new PasswordSetWithResetLink(account.username(), account.username()));
        log.info("event=password_reset username={}", account.username());
        return account.username();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byName(String username) {
        return username == null ? Optional.empty() : accounts.findByUsernameIgnoringCase(username);
    }

    /** The lead names the plans use, which lead officers may hold. */
    public SortedSet<String> knownLeads() {
        LeadNames names = leadNames.getIfAvailable();
        return names == null ? new TreeSet<>() : names.known();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoringCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }

    private UserAccount find(String username) {
        return byName(username)
                .orElseThrow(() -> new IllegalArgumentException("there is no account called '" + username + "'"));
    }

    private Optional<PasswordReset> usableReset(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return resets.findByTokenSha256(sha256(token)).filter(reset -> reset.usableAt(now));
    }

    private String encode(char[] password) {
        if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
        }
        return passwordEncoder.encode(CharBuffer.wrap(password));
    }

    /** A hash no password matches: the account signs in only once its owner has set one. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(HexFormat.of().formatHex(bytes));
    }

    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(
                    "email '" + trimmed + "' is not an email address, like name@example.org");
        }
        return trimmed;
    }

    private String checkedManager(String username, String manager) {
        if (manager == null || manager.isBlank()) {
            return null;
        }
        String trimmed = manager.strip();
        if (trimmed.equalsIgnoreCase(username)) {
            throw new IllegalArgumentException("an account cannot be its own manager");
        }
        return accounts.findByUsernameIgnoringCase(trimmed)
                .map(UserAccount::username)
                .orElseThrow(() -> new IllegalArgumentException("manager '" + trimmed + "' is not an account"));
    }

    private Set<String> checkedLeads(Role role, Set<String> leads) {
        Set<String> clean = new TreeSet<>();
        for (String lead : leads) {
            if (lead != null && !lead.isBlank()) {
                clean.add(lead.strip());
            }
        }
        if (clean.isEmpty()) {
            return clean;
        }
        if (role != Role.LEAD_OFFICER) {
            throw new IllegalArgumentException("only lead officers hold leads; this account is "
                    + role.words().toLowerCase(Locale.ROOT));
        }
        SortedSet<String> known = knownLeads();
        for (String lead : clean) {
            if (!known.contains(lead)) {
                throw new IllegalArgumentException("'" + lead + "' is not a lead any plan names; the plans' leads are: "
                        + String.join(", ", known));
            }
        }
        return clean;
    }

    private static String by() {
        return org.oversight.accounts.CurrentUser.name();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
