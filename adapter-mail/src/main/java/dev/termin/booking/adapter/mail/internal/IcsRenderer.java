package dev.termin.booking.adapter.mail.internal;

import dev.termin.booking.application.port.out.Notification.CalendarInvite;
import dev.termin.booking.application.port.out.Notification.Event;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Renders a calendar invite as an iTIP iCalendar object (RFC 5545 and 5546) with ical4j: PRODID, VERSION, METHOD,
 * and per phase a VEVENT with UID, SEQUENCE, DTSTAMP, start and end in UTC, summary, description, location,
 * STATUS (CONFIRMED or CANCELLED), the salon as ORGANIZER and the customer as ATTENDEE. ical4j validates the object
 * against the method's rules before it is written. Stateless and thread-safe.
 */
public final class IcsRenderer {

    static final String PRODUCT_ID = "-//Termin//Booking Engine//DE";

    public String render(CalendarInvite invite, EmailAddress organizer, String organizerName, Customer attendee,
            EmailAddress attendeeAddress) {
        boolean cancel = invite.method() == CalendarInvite.Method.CANCEL;
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        for (Event e : invite.events()) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.add(new Uid(e.uid()));
            event.add(new Sequence(invite.sequence()));
            // The constructor stamps the event with the wall clock; the invite's stamp is the composer's clock.
            event.replace(new DtStamp(invite.stamp()));
            if (!e.description().isBlank()) {
                event.add(new Description(e.description()));
            }
            event.add(new Location(e.location()));
            event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            Organizer org = new Organizer(mailto(organizer));
            org.add(new Cn(organizerName));
            event.add(org);
            Attendee att = new Attendee(mailto(attendeeAddress));
            att.add(new Cn(attendee.name()));
            att.add(Role.REQ_PARTICIPANT);
            // The customer asked for this appointment: nothing to accept, so no RSVP is requested.
            att.add(PartStat.ACCEPTED);
            event.add(att);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("calendar invite failed validation: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static URI mailto(EmailAddress address) {
        try {
            return new URI("mailto", address.value(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("address cannot be written as a calendar address", e);
        }
    }
}
