package dev.termin.booking.domain.access;

import dev.termin.booking.domain.Checks;
import java.util.Objects;

/** How a {@link Principal} proved who it is: an API key (by id) or a signed token from an identity provider. */
public sealed interface Credential permits Credential.Key, Credential.Token, Credential.OperatorKey {

    /** The actor as the audit log names it: {@code key:<id>}, {@code jwt:<subject>} or {@code operator}. */
    String actor();

    /** An API key stored by the server. */
    record Key(ApiKeyId id) implements Credential {
        public Key {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String actor() {
            return "key:" + id.value();
        }
    }

    /** A JWT: its issuer and subject. */
    record Token(String issuer, String subject) implements Credential {
        public Token {
            issuer = Checks.text(issuer, "issuer", 1, 500);
            subject = Checks.text(subject, "subject", 1, 255);
        }

        @Override
        public String actor() {
            return "jwt:" + subject;
        }
    }

    /** The server operator's key, from the server's configuration. */
    record OperatorKey() implements Credential {
        @Override
        public String actor() {
            return "operator";
        }
    }
}
