package dev.termin.booking.adapter.http.config;

import java.time.Duration;

/** Reads {@link CalComSyncSettings} from the {@code TERMIN_CALCOM_WEBHOOK_*}, reconcile and drift variables. */
public final class CalComSyncVariables {

    public static final String WEBHOOK_SECRET = "TERMIN_CALCOM_WEBHOOK_SECRET";
    public static final String WEBHOOK_TOLERANCE = "TERMIN_CALCOM_WEBHOOK_TOLERANCE";
    public static final String RECONCILE_EVERY = "TERMIN_CALCOM_RECONCILE_EVERY";
    public static final String DRIFT_CHECK_EVERY = "TERMIN_CALCOM_DRIFT_CHECK_EVERY";
    public static final String RECONCILE_BACK = "TERMIN_CALCOM_RECONCILE_BACK";
    public static final String RECONCILE_AHEAD = "TERMIN_CALCOM_RECONCILE_AHEAD";

    private CalComSyncVariables() {
    }

    /** @throws InvalidSettingException if a value is malformed */
    public static CalComSyncSettings read(Environment env) {
        CalComSyncSettings d = CalComSyncSettings.defaults();
        return new CalComSyncSettings(env.text(WEBHOOK_SECRET),
                env.duration(WEBHOOK_TOLERANCE, d.webhookTolerance(), Environment.POSITIVE),
                env.duration(RECONCILE_EVERY, d.reconcileEvery(), Duration.ZERO),
                env.duration(DRIFT_CHECK_EVERY, d.driftCheckEvery(), Duration.ZERO),
                env.duration(RECONCILE_BACK, d.windowBack(), Duration.ZERO),
                env.duration(RECONCILE_AHEAD, d.windowAhead(), Environment.POSITIVE));
    }
}
