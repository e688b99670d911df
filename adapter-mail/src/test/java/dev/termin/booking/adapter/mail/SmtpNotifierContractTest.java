package dev.termin.booking.adapter.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.contract.AbstractNotifierTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifier contract against a real SMTP server (GreenMail). */
class SmtpNotifierContractTest extends AbstractNotifierTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected Notifier notifier() {
        return SmtpNotifier.create(MailFixtures.smtp(greenMail), SenderDirectory.single(MailFixtures.SALON));
    }
}
