package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestProfiles;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.user.SignUpService;
import app.goalpost.user.UserService;
import app.goalpost.user.internal.UserAccountRepository;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through the real HTTP form login (Tomcat, the filter chain, Vaadin's sign-in page and its CSRF
 * token): each failure counted and hashed once, one lock per account whatever variant of the address is
 * typed, the same hashing work for active, deactivated and unknown accounts, no sign-in without the token,
 * long passwords, and bcrypt hashes upgraded to Argon2.
 */
@WebTest
class SignInHttpTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired UserService users;
    @Autowired SignUpService signUp;
    @Autowired UserAccountRepository accounts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired ThrottleStore throttleStore;
    @Autowired PasswordEncoder encoder;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.reset();
        // Every request here comes from 127.0.0.1: start each test with no address failures counted.
        jdbc.sql("DELETE FROM throttle_event").update();
        throttleStore.clear(LoginThrottle.addressKey("127.0.0.1"));
        f = fixtures.agency("http");
        clearInvocations(encoder);
    }

    @Test
    void eachWrongPasswordCountsOnceSoTheSixthAttemptIsTheFirstRefused() {
        WebClient browser = new WebClient(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.signIn(f.manager(), "wrong-password-" + i)).as("attempt %d", i).endsWith("/login?error");
        }
        // Five attempts, five hashes: the provider runs once per attempt (it ran twice, and locked at the third).
        assertThat(matchesCalls()).hasSize(5);
        assertThat(browser.signIn(f.manager(), Fixtures.PASSWORD)).contains("/login?throttled=");
        assertThat(browser.signedIn()).isFalse();
        // Another account from the same address is not affected (5 of the address's 20 used).
        assertThat(browser.signIn(f.owner(), Fixtures.PASSWORD)).doesNotContain("login");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void variantsOfTheAddressShareTheAccountsLock() {
        String owner = f.owner();
        // Full-width letters (NFKC folds them to the ASCII ones), surrounding spaces and upper case: five
        // failures of one account, so its lock closes whatever form of the address was typed.
        List<String> variants = List.of(owner.replace("o", "\uFF4F"), owner.replace("w", "\uFF57"),
                owner.replace("n", "\uFF4E"), "  " + owner.replace("r", "\uFF52") + " ", owner.toUpperCase(Locale.ROOT));
        WebClient attacker = new WebClient(port);
        for (String variant : variants) {
            assertThat(attacker.signIn(variant, "guess")).endsWith("/login?error");
        }
        WebClient victim = new WebClient(port);
        assertThat(victim.signIn(owner, Fixtures.PASSWORD)).contains("/login?throttled=");
        // An accented variant that MySQL's collation (utf8mb4_unicode_ci) matches to the same account is held
        // by the same lock there; H2 finds no account for it. Signed in in neither case.
        String accented = owner.replace("owner-", "\u00F3wn\u00E9r-");
        assertThat(victim.signIn(accented, Fixtures.PASSWORD))
                .endsWith(TestProfiles.onExternalDatabase() ? "/login?throttled=15" : "/login?error");
        assertThat(victim.signedIn()).isFalse();
    }

    @Test
    void activeDeactivatedAndUnknownAccountsCostTheSameHashing() {
        fixtures.signIn(f.owner());
        long adminId = users.listUsers().stream().filter(u -> u.email().equals(f.admin())).findFirst().orElseThrow().id();
        users.setActive(adminId, false);
        Fixtures.signOut();
        clearInvocations(encoder);

        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(f.manager(), "wrong-password")).endsWith("/login?error");
        assertThat(browser.signIn(f.admin(), Fixtures.PASSWORD)).endsWith("/login?error");
        assertThat(browser.signIn(f.admin(), "wrong-password")).endsWith("/login?error");
        assertThat(browser.signIn("nobody-" + f.agencyId() + "@http.test", "wrong-password")).endsWith("/login?error");
        assertThat(browser.signedIn()).isFalse();

        // One Argon2 check per attempt, whether the account is active, deactivated (checked only after the
        // hash) or unknown (a real hash of the same encoding): the answer time does not tell them apart.
        List<Invocation> calls = matchesCalls();
        assertThat(calls).hasSize(4);
        assertThat(calls).allSatisfy(call -> assertThat((String) call.getArgument(1)).startsWith("{argon2}"));
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() {
        WebClient victim = new WebClient(port);
        victim.get("login");
        victim.signInWithoutToken(f.owner(), Fixtures.PASSWORD);
        assertThat(victim.signedIn()).isFalse();
        // The real form (with the token from the page's meta tags) still signs in.
        assertThat(victim.signIn(f.owner(), Fixtures.PASSWORD)).doesNotContain("login");
        assertThat(victim.signedIn()).isTrue();
    }

    @Test
    void overLongNamesAreRefusedWithoutALookUpOrAHash() {
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn("x".repeat(200_000) + "@http.test", "whatever")).endsWith("/login?error");
        verify(encoder, never()).matches(anyString(), anyString());
    }

    @Test
    void aPasswordLongerThanBcryptsLimitSignsUpAndSignsIn() {
        String email = "long-" + f.agencyId() + "@http.test";
        // 100 characters, 130 bytes in UTF-8: bcrypt refuses more than 72 bytes, Argon2 takes it whole.
        String password = "é".repeat(30) + "x".repeat(70);
        signUp.signUp("Long Password Agency " + f.agencyId(), "Lee Long", email, password, Locale.ENGLISH);
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(email, password.substring(0, 99) + "y")).endsWith("/login?error");
        assertThat(browser.signIn(email, password)).doesNotContain("login");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aPasswordOverThePolicyIsRefusedAtTheField() {
        String email = "toolong-" + f.agencyId() + "@http.test";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signUp.signUp("Too Long " + f.agencyId(), "Tom",
                        email, "p".repeat(129), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("password.validation.long");
                });
    }

    @Test
    void aBcryptHashStillSignsInAndIsUpgradedToArgon2() {
        GoalpostPrincipal manager = fixtures.signIn(f.manager());
        Fixtures.signOut();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(Fixtures.PASSWORD);
        TenantContext.runAsTenant(manager.agencyId(), () -> tx.executeWithoutResult(
                status -> accounts.findById(manager.userId()).orElseThrow().setPasswordHash(bcrypt)));

        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(f.manager(), Fixtures.PASSWORD)).doesNotContain("login");
        assertThat(browser.signedIn()).isTrue();
        String stored = TenantContext.runAsTenant(manager.agencyId(), () -> tx.execute(
                status -> accounts.findById(manager.userId()).orElseThrow().getPasswordHash()));
        assertThat(stored).startsWith("{argon2}");
        assertThat(new WebClient(port).signIn(f.manager(), Fixtures.PASSWORD)).doesNotContain("login");
    }

    private List<Invocation> matchesCalls() {
        return mockingDetails(encoder).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("matches")).toList();
    }
}
