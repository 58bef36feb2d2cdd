package app.goalpost.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class InvitationMailerTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void withSmtpTheLinkIsMailedInTheInvitersLanguage() {
        JavaMailSender sender = mock(JavaMailSender.class);
        InvitationMailer mailer = new InvitationMailer(new app.goalpost.shared.mail.MailOut(provider(sender), "noreply@goalpost.test"), false);
        boolean mailed = mailer.send("ana@client.test", "Camille", "Brightline", "https://x/invitation/abc", EXPIRES,
                Locale.FRENCH);
        assertThat(mailed).isTrue();
        ArgumentCaptor<SimpleMailMessage> message = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(message.capture());
        assertThat(message.getValue().getTo()).containsExactly("ana@client.test");
        assertThat(message.getValue().getSubject()).isEqualTo("Camille vous invite à rejoindre Brightline sur Goalpost");
        assertThat(message.getValue().getText()).contains("https://x/invitation/abc", "qu'une fois", "4 déc. 2026");
    }

    @Test
    void withoutSmtpOrWhenSendingFailsTheInviterIsToldToPassTheLinkOn() {
        InvitationMailer noSmtp = new InvitationMailer(new app.goalpost.shared.mail.MailOut(provider(null), "noreply@goalpost.test"), false);
        assertThat(noSmtp.send("a@b.test", "C", "D", "https://x", EXPIRES, Locale.ENGLISH)).isFalse();

        JavaMailSender failing = mock(JavaMailSender.class);
        doThrow(new MailSendException("down")).when(failing).send(any(SimpleMailMessage.class));
        InvitationMailer broken = new InvitationMailer(new app.goalpost.shared.mail.MailOut(provider(failing), "noreply@goalpost.test"), false);
        assertThat(broken.send("a@b.test", "C", "D", "https://x", EXPIRES, Locale.ENGLISH)).isFalse();
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        StaticListableBeanFactory factory = new StaticListableBeanFactory();
        if (sender != null) {
            factory.addBean("mailSender", sender);
        }
        return factory.getBeanProvider(JavaMailSender.class);
    }
}
