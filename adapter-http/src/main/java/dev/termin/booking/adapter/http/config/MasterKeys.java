package dev.termin.booking.adapter.http.config;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's master keys for secrets stored in the database (Cal.com API keys and webhook secrets): the current
 * key seals, the current and the previous ones open. Each key has an id stored with every sealed secret, so a
 * rotation can tell which key opens what. Immutable; {@link #toString()} shows only the ids.
 */
public final class MasterKeys {

    /** One AES-256 key and its id. */
    public record Key(String id, byte[] bytes) {
        public Key {
            Objects.requireNonNull(id, "id");
            if (!id.matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalArgumentException("key id must be 1 to 32 letters, digits, '.', '_' or '-'");
            }
            if (Objects.requireNonNull(bytes, "bytes").length != 32) {
                throw new IllegalArgumentException("a master key must be 32 bytes (256 bits)");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id.equals(id) && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private final Key current;
    private final List<Key> previous;

    /** @throws IllegalArgumentException if two keys share an id */
    public MasterKeys(Key current, List<Key> previous) {
        this.current = Objects.requireNonNull(current, "current");
        this.previous = List.copyOf(previous);
        if (this.previous.stream().anyMatch(k -> k.id().equals(current.id()))
                || this.previous.stream().map(Key::id).distinct().count() != this.previous.size()) {
            throw new IllegalArgumentException("master key ids must differ");
        }
    }

    public Key current() {
        return current;
    }

    /** The key with this id, current or previous. */
    public Optional<Key> byId(String id) {
        return current.id().equals(id) ? Optional.of(current)
                : previous.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "MasterKeys[current=" + current.id() + ", previous=" + previous.stream().map(Key::id).toList() + "]";
    }
}
