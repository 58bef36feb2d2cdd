package app.goalpost.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.user.InvitationRequest;
import app.goalpost.user.InvitationService;
import app.goalpost.user.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account, sign-up and invitation pages, driven through their fields and buttons. */
@UiTest
class AccountPagesTest extends KaribuSupport {

    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired InvitationService invitations;
    @Autowired UserService users;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("acct");
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndTheRepeat() {
        signIn(f.manager());
        navigate("account");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        PasswordField next = _get(PasswordField.class, spec -> spec.withId("new-password"));
        PasswordField confirm = _get(PasswordField.class, spec -> spec.withId("confirm-password"));
        Button change = _get(Button.class, spec -> spec.withId("change-password"));

        current.setValue("wrong-password");
        next.setValue("brand-new-password");
        confirm.setValue("brand-new-password");
        _click(change);
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");

        current.setValue(Fixtures.PASSWORD);
        confirm.setValue("something-else");
        _click(change);
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(passwordOf(f.manager())).matches(hash -> passwordEncoder.matches(Fixtures.PASSWORD, hash));

        next.setValue("short");
        confirm.setValue("short");
        _click(change);
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("at least 10");

        next.setValue("brand-new-password");
        confirm.setValue("brand-new-password");
        _click(change);
        assertThat(current.isInvalid()).isFalse();
        assertThat(passwordOf(f.manager())).matches(hash -> passwordEncoder.matches("brand-new-password", hash));
    }

    @Test
    void signingUpCreatesAnAgencyAndRefusesBadInputNextToTheField() {
        navigate("signup");
        TextField agency = _get(TextField.class, spec -> spec.withId("agency-name"));
        TextField name = _get(TextField.class, spec -> spec.withId("display-name"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        agency.setValue("Signup Agency " + f.agencyId());
        name.setValue("Sam Signup");
        email.setValue(f.owner());
        password.setValue("a-good-password");
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        // The same answer as for a new address: the page does not reveal that this e-mail has an account
        // (its owner is mailed instead, see SignUpProtectionTest); the existing account is untouched.
        assertThat(email.isInvalid()).isFalse();
        assertThat(((GoalpostPrincipal) userDetails.loadUserByUsername(f.owner())).agencyId()).isEqualTo(f.agencyId());

        String fresh = "sam-" + f.agencyId() + "@signup.test";
        email.setValue(fresh);
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        // the new owner is signed in (aNewAgencysOwnerIsSignedInAndATakenAddressIsNot): read the account as them
        assertThat(sessionUser()).map(GoalpostPrincipal::getAuthorities).get().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).extracting(Object::toString)
                .containsExactly("ROLE_OWNER");
    }

    /**
     * A real new agency: its owner is signed in at once (the session holds the new account, the page goes into the
     * app) instead of being sent back to the sign-in form. A taken address is not signed in (as anybody) and gets
     * the sign-in form with the notice it always had.
     */
    @Test
    void aNewAgencysOwnerIsSignedInAndATakenAddressIsNot() {
        navigate("signup");
        _get(TextField.class, spec -> spec.withId("agency-name")).setValue("Landing Agency " + f.agencyId());
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Lee Landing");
        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        email.setValue(f.owner());
        password.setValue("a-good-password");
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        assertThat(sessionUser()).isEmpty();
        assertThat(lastLocation()).isEqualTo("login?signedUp");

        String fresh = "lee-" + f.agencyId() + "@landing.test";
        email.setValue(fresh);
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        assertThat(sessionUser()).hasValueSatisfying(p -> {
            assertThat(p.getUsername()).isEqualTo(fresh);
            assertThat(p.agencyId()).isNotEqualTo(f.agencyId());
            assertThat(p.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OWNER");
        });
        assertThat(lastLocation()).isEqualTo("./");
    }

    /** Where the page last sent the browser (Page.setLocation runs as JavaScript on the client). */
    private static String lastLocation() {
        var invocations = com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(invocations).isNotEmpty();
        var last = invocations.getLast().getInvocation();
        return String.valueOf(last.getParameters().getFirst());
    }

    /** Who the HTTP session is signed in as for the next request (what Spring Security reads from it). */
    private static java.util.Optional<GoalpostPrincipal> sessionUser() {
        Object context = com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest().getSession()
                .getAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof org.springframework.security.core.context.SecurityContext c
                && c.getAuthentication() != null && c.getAuthentication().getPrincipal() instanceof GoalpostPrincipal p
                ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    @Test
    void anInvitationLinkLetsTheInviteeChooseAPasswordOnce() {
        fixtures.signIn(f.owner());
        String email = "invitee-" + f.agencyId() + "@acct.test";
        String token = Fixtures.token(invitations.invite(new InvitationRequest(email, AgencyRole.MANAGER,
                List.of(f.ws3()), null)));
        Fixtures.signOut();

        navigate("invitation/" + token);
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Ivy Invitee");
        _get(PasswordField.class, spec -> spec.withId("password")).setValue("ivy-password-1");
        _get(PasswordField.class, spec -> spec.withId("confirm")).setValue("ivy-password-1");
        _click(_get(Button.class, spec -> spec.withId("accept")));
        assertThat(passwordOf(email)).matches(hash -> passwordEncoder.matches("ivy-password-1", hash));

        navigate("invitation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "This invitation link is no longer valid: it was already used, revoked, or it expired. Ask for a new invitation.")))
                .isNotNull();
        navigate("invitation/made-up-token");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "This invitation link is no longer valid: it was already used, revoked, or it expired. Ask for a new invitation.")))
                .isNotNull();
        assertThatThrownBy(() -> userDetails.loadUserByUsername("nobody-" + f.agencyId() + "@acct.test"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void adminsSeeTheUsersMenuAndADeactivatedUserLosesTheSession() {
        signIn(f.admin());
        navigate("");
        assertThat(_get(com.vaadin.flow.component.sidenav.SideNav.class, spec -> spec.withId("main-nav")).getItems())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .containsExactly("Workspaces", "Users", "Report branding", "API tokens", "My account");

        fixtures.signIn(f.owner());
        long managerId = users.listUsers().stream().filter(u -> u.email().equals(f.manager())).findFirst()
                .orElseThrow().id();
        users.setActive(managerId, false);
        fixtures.signIn(f.manager());
        // a session signed in before the deactivation is refused at its next service call (decision 0009)
        assertThatThrownBy(() -> users.isCurrentUserActive())
                .isInstanceOf(app.goalpost.security.AccessRevokedException.class);
        fixtures.signIn(f.admin());
        assertThat(users.isCurrentUserActive()).isTrue();
    }

    private String passwordOf(String email) {
        return userDetails.loadUserByUsername(email).getPassword();
    }
}
