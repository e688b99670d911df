package dev.termin.booking.adapter.fixture2.internal;

/** Test fixture: an internal class of another adapter. */
public class OtherAdaptersInternal {
}
