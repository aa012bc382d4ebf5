package org.oversight.accounts.domain;

import java.time.Clock;
import java.util.List;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.Role;
import org.oversight.accounts.UserAccountAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creating them and looking them up for sign-in. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    /** NCSC guidance favours long passwords over complexity rules. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates an account, by whoever is acting ({@link CurrentUser}); throws {@link
     * IllegalArgumentException} saying what is wrong.
     */
    @Transactional
    public UserAccount add(String username, Role role, char[] password) {
        if (username == null || !username.matches("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}")) {
            throw new IllegalArgumentException(
                    "user name must be 2 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
        }
        if (accounts.findByUsernameIgnoringCase(username).isPresent()) {
            throw new IllegalArgumentException("a user called '" + username + "' already exists");
        }
        UserAccount saved = accounts.save(new UserAccount(
                null,
                username,
                passwordEncoder.encode(java.nio.CharBuffer.wrap(password)),
                role,
                true,
                clock.instant(),
                null));
        events.publishEvent(new UserAccountAdded(saved.username(), saved.role(), CurrentUser.name()));
        log.info("event=user_added username={} role={}", username, role);
        return saved;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsernameAsc();
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
}
