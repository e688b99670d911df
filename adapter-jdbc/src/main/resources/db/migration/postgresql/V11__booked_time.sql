-- What occupies staff in a range: every occupancy and resource unit of each active appointment and each active,
-- unexpired hold with an active occupancy of one of the staff overlapping the range (JdbiBookedTime). A function,
-- so that its query is planned once per connection: as a prepared statement PostgreSQL planned it anew for every
-- call whenever more than one staff member was asked for (its estimate for the generic plan, which knows neither
-- staff nor range, was higher than for one planned with them), and planning cost more CPU than running it. The
-- generic plan finds the owners on the occupancy index by staff and time and joins by primary key and owner index.
CREATE FUNCTION booked_time(p_tenant varchar, p_staff varchar[], p_from timestamptz, p_to timestamptz,
                            p_now timestamptz)
    RETURNS TABLE (part integer, sort_at timestamptz, owner_key varchar, holder varchar, service_id varchar,
                   ordinal integer, staff_id varchar, type_id varchar, starts_at timestamptz, ends_at timestamptz,
                   kind varchar, units bigint)
    LANGUAGE plpgsql STABLE
    SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH owners AS MATERIALIZED (
        SELECT DISTINCT x.appointment_id, x.hold_token FROM occupancy x
        WHERE x.tenant = p_tenant AND x.active AND x.staff_id = ANY (p_staff)
          AND x.during && tstzrange(p_from, p_to, '[)'))
    SELECT 0, a.starts_at, a.id::varchar, NULL::varchar, a.service_id::varchar, o.ordinal, o.staff_id::varchar,
           NULL::varchar, o.starts_at, o.ends_at, o.kind::varchar, 0::bigint
    FROM owners JOIN appointment a ON a.tenant = p_tenant AND a.id = owners.appointment_id
    JOIN occupancy o ON o.tenant = a.tenant AND o.appointment_id = a.id
    WHERE a.status <> 'cancelled'
    UNION ALL
    SELECT 1, a.starts_at, a.id::varchar, NULL, a.service_id::varchar, r.ordinal, NULL, r.type_id::varchar,
           r.starts_at, r.ends_at, NULL, COUNT(*)
    FROM owners JOIN appointment a ON a.tenant = p_tenant AND a.id = owners.appointment_id
    JOIN resource_occupancy r ON r.tenant = a.tenant AND r.appointment_id = a.id
    WHERE a.status <> 'cancelled'
    GROUP BY a.starts_at, a.id, a.service_id, r.ordinal, r.type_id, r.starts_at, r.ends_at
    UNION ALL
    SELECT 2, h.created_at, h.token::varchar, h.hold_owner::varchar, h.service_id::varchar, o.ordinal,
           o.staff_id::varchar, NULL, o.starts_at, o.ends_at, o.kind::varchar, 0
    FROM owners JOIN hold h ON h.tenant = p_tenant AND h.token = owners.hold_token
    JOIN occupancy o ON o.tenant = h.tenant AND o.hold_token = h.token
    WHERE h.status = 'active' AND h.expires_at > p_now
    UNION ALL
    SELECT 3, h.created_at, h.token::varchar, h.hold_owner::varchar, h.service_id::varchar, r.ordinal, NULL,
           r.type_id::varchar, r.starts_at, r.ends_at, NULL, COUNT(*)
    FROM owners JOIN hold h ON h.tenant = p_tenant AND h.token = owners.hold_token
    JOIN resource_occupancy r ON r.tenant = h.tenant AND r.hold_token = h.token
    WHERE h.status = 'active' AND h.expires_at > p_now
    GROUP BY h.created_at, h.token, h.hold_owner, h.service_id, r.ordinal, r.type_id, r.starts_at, r.ends_at
    ORDER BY 1, 2, 3, 6;
END
$$;
