package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.access.Permission;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Catalogue routes: the company and its policy and scheduling settings, branches, staff, services and holidays,
 * each listed, created (POST, {@code 409} when the id exists), read, replaced (PUT, an upsert) and deleted; and a
 * branch's partial-day blocks and resource types, listed, put and deleted under the branch. Deleting staff, a
 * branch or a service with future appointments is {@code 409} listing them unless {@code ?onAppointments=} says
 * what to do; saving hours or holidays answers with {@code warnings} for appointments they leave outside.
 * Thread-safe.
 */
public final class CatalogueRoutes {

    private final CatalogueUseCase catalogue;
    private final Zones zones;

    public CatalogueRoutes(BookingEngine engine, Zones zones) {
        this.catalogue = engine.catalogue();
        this.zones = zones;
    }

    public void register(Router r) {
        r.get("/v1/company", "getCompany", Access.of(Permission.READ_CATALOGUE_PUBLIC), this::getCompany);
        r.put("/v1/company", "putCompany", Access.of(Permission.MANAGE_POLICY), this::putCompany);

        r.get("/v1/branches", "listBranches", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> {
            ArrayNode a = ApiJson.array();
            catalogue.branches(RequestContext.tenant(ctx)).forEach(b -> a.add(Views.branch(b)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/branches", "createBranch", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveBranch(ctx, Optional.empty()));
        r.get("/v1/branches/{id}", "getBranch", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> Router.json(ctx, 200, Views.branch(value(catalogue.branch(
                RequestContext.tenant(ctx), Readers.parse("branch id", () -> BranchId.of(ctx.pathParam("id"))))))));
        r.put("/v1/branches/{id}", "putBranch", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveBranch(ctx, Optional.of(ctx.pathParam("id"))));
        r.delete("/v1/branches/{id}", "deleteBranch", Access.of(Permission.DELETE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteBranch(RequestContext.tenant(ctx),
                Readers.parse("branch id", () -> BranchId.of(ctx.pathParam("id"))), affected(ctx))));

        r.get("/v1/staff", "listStaff", Access.of(Permission.READ_CATALOGUE_PUBLIC), this::listStaff);
        r.post("/v1/staff", "createStaff", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveStaff(ctx, Optional.empty()));
        r.get("/v1/staff/{id}", "getStaff", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            Staff s = value(catalogue.staff(tenant, Readers.parse("staff id", () -> StaffId.of(ctx.pathParam("id")))));
            Router.json(ctx, 200, Views.staff(s, zones.zone(tenant, s.branch())));
        });
        r.put("/v1/staff/{id}", "putStaff", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveStaff(ctx, Optional.of(ctx.pathParam("id"))));
        r.delete("/v1/staff/{id}", "deleteStaff", Access.of(Permission.DELETE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteStaff(RequestContext.tenant(ctx),
                Readers.parse("staff id", () -> StaffId.of(ctx.pathParam("id"))), affected(ctx))));

        r.get("/v1/services", "listServices", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> {
            ArrayNode a = ApiJson.array();
            catalogue.services(RequestContext.tenant(ctx)).forEach(s -> a.add(Views.service(s)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/services", "createService", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveService(ctx, Optional.empty()));
        r.get("/v1/services/{id}", "getService", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> Router.json(ctx, 200, Views.service(value(catalogue.service(
                RequestContext.tenant(ctx), Readers.parse("service id", () -> ServiceId.of(ctx.pathParam("id"))))))));
        r.put("/v1/services/{id}", "putService", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveService(ctx, Optional.of(ctx.pathParam("id"))));
        r.delete("/v1/services/{id}", "deleteService", Access.of(Permission.DELETE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteService(RequestContext.tenant(ctx),
                Readers.parse("service id", () -> ServiceId.of(ctx.pathParam("id"))), affected(ctx))));

        r.get("/v1/branches/{id}/blocks", "listTimeBlocks", Access.of(Permission.READ_CATALOGUE), ctx -> {
            ArrayNode a = ApiJson.array();
            catalogue.timeBlocks(RequestContext.tenant(ctx), branchId(ctx))
                    .forEach(b -> a.add(SchedulingViews.block(b)));
            Router.json(ctx, 200, a);
        });
        r.put("/v1/branches/{id}/blocks/{block}", "putTimeBlock", Access.of(Permission.MANAGE_CATALOGUE), ctx -> {
            BranchId branch = branchId(ctx);
            JsonBody body = RequestContext.json(ctx);
            TimeBlock block = Readers.parse("block", () -> SchedulingReaders.block(branch, ctx.pathParam("block"),
                    body));
            Router.json(ctx, 200, SchedulingViews.block(value(catalogue.saveTimeBlock(RequestContext.tenant(ctx),
                    block))));
        });
        r.delete("/v1/branches/{id}/blocks/{block}", "deleteTimeBlock", Access.of(Permission.MANAGE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteTimeBlock(
                RequestContext.tenant(ctx), ctx.pathParam("block"))));

        r.get("/v1/branches/{id}/resources", "listResourceTypes", Access.of(Permission.READ_CATALOGUE), ctx -> {
            ArrayNode a = ApiJson.array();
            catalogue.resourceTypes(RequestContext.tenant(ctx), branchId(ctx))
                    .forEach(t -> a.add(SchedulingViews.resourceType(t)));
            Router.json(ctx, 200, a);
        });
        r.put("/v1/branches/{id}/resources/{type}", "putResourceType", Access.of(Permission.MANAGE_CATALOGUE), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            BranchId branch = branchId(ctx);
            JsonBody body = RequestContext.json(ctx);
            ResourceType type = Readers.parse("resource type", () -> SchedulingReaders.resourceType(tenant, branch,
                    ctx.pathParam("type"), body));
            Router.json(ctx, 200, SchedulingViews.resourceType(value(catalogue.saveResourceType(type))));
        });
        r.delete("/v1/branches/{id}/resources/{type}", "deleteResourceType", Access.of(Permission.DELETE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteResourceType(
                RequestContext.tenant(ctx), branchId(ctx), Readers.parse("resource type",
                        () -> ResourceTypeId.of(ctx.pathParam("type"))))));

        r.get("/v1/holidays", "listHolidays", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> {
            ArrayNode a = ApiJson.array();
            catalogue.holidays(RequestContext.tenant(ctx)).forEach(h -> a.add(Views.holiday(h)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/holidays", "createHoliday", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveHoliday(ctx, Optional.empty()));
        r.get("/v1/holidays/{id}", "getHoliday", Access.of(Permission.READ_CATALOGUE_PUBLIC), ctx -> Router.json(ctx, 200, Views.holiday(findHoliday(ctx))));
        r.put("/v1/holidays/{id}", "putHoliday", Access.of(Permission.MANAGE_CATALOGUE), ctx -> saveHoliday(ctx, Optional.of(ctx.pathParam("id"))));
        r.delete("/v1/holidays/{id}", "deleteHoliday", Access.of(Permission.DELETE_CATALOGUE), ctx -> deleted(ctx, catalogue.deleteHoliday(RequestContext.tenant(ctx),
                Readers.parse("holiday id", () -> HolidayId.of(ctx.pathParam("id"))))));
    }

    /**
     * What a deletion does with future appointments: {@code ?onAppointments=refuse} (default), {@code cancel},
     * {@code reassign&to=<staff id>} or {@code deactivate}.
     */
    private static AffectedAppointments affected(Context ctx) {
        String action = Optional.ofNullable(ctx.queryParam("onAppointments")).orElse("refuse");
        Optional<StaffId> to = Optional.ofNullable(ctx.queryParam("to")).map(t -> Readers.parse("to",
                () -> StaffId.of(t)));
        AffectedAppointments.Action a;
        try {
            a = AffectedAppointments.Action.valueOf(action.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("'onAppointments' must be refuse, cancel, reassign or deactivate.");
        }
        return Readers.parse("onAppointments", () -> new AffectedAppointments(a, to,
                RequestContext.correlationId(ctx)));
    }

    /** The saved item with the warnings of the save (appointments the new hours leave outside). */
    private static ObjectNode withWarnings(ObjectNode item, Result<?> result) {
        item.set("warnings", Views.warnings(result instanceof Result.Success<?> s ? s.warnings() : List.of()));
        return item;
    }

    private static BranchId branchId(Context ctx) {
        return Readers.parse("branch id", () -> BranchId.of(ctx.pathParam("id")));
    }

    private void getCompany(Context ctx) {
        Router.json(ctx, 200, Views.company(value(catalogue.company(RequestContext.tenant(ctx)))));
    }

    private void putCompany(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody body = RequestContext.json(ctx);
        Company company = Readers.parse("company", () -> Readers.company(tenant, body));
        boolean existed = catalogue.company(tenant).isSuccess();
        Router.json(ctx, existed ? 200 : 201, Views.company(value(catalogue.saveCompany(company))));
    }

    private void saveBranch(Context ctx, Optional<String> pathId) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody body = RequestContext.json(ctx);
        Branch branch = Readers.parse("branch", () -> Readers.branch(tenant, Readers.id(body, pathId), body));
        boolean existed = catalogue.branch(tenant, branch.id()).isSuccess();
        refuseDuplicate(pathId, existed, "Branch " + branch.id());
        Result<Branch> saved = catalogue.saveBranch(branch);
        Router.json(ctx, existed ? 200 : 201, withWarnings(Views.branch(value(saved)), saved));
    }

    private void listStaff(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        Optional<String> branch = Optional.ofNullable(ctx.queryParam("branch"));
        List<Branch> branches = branch.isPresent()
                ? List.of(zones.branch(tenant, Optional.of(Readers.parse("branch", () -> BranchId.of(branch.get()))),
                        Optional.empty()))
                : catalogue.branches(tenant);
        ArrayNode a = ApiJson.array();
        for (Branch b : branches) {
            catalogue.staff(tenant, b.id()).forEach(s -> a.add(Views.staff(s, b.zone())));
        }
        Router.json(ctx, 200, a);
    }

    private void saveStaff(Context ctx, Optional<String> pathId) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody body = RequestContext.json(ctx);
        BranchId branchId = Readers.parse("branch", () -> BranchId.of(body.text("branch")));
        Branch branch = value(catalogue.branch(tenant, branchId).isSuccess() ? catalogue.branch(tenant, branchId)
                : Result.failure(ErrorCode.INVALID_DATA, "Branch " + branchId + " does not exist."));
        Staff staff = Readers.parse("staff", () -> Readers.staff(tenant, Readers.id(body, pathId), body,
                branch.zone()));
        boolean existed = catalogue.staff(tenant, staff.id()).isSuccess();
        refuseDuplicate(pathId, existed, "Staff member " + staff.id());
        Result<Staff> saved = catalogue.saveStaff(staff);
        Router.json(ctx, existed ? 200 : 201, withWarnings(Views.staff(value(saved), branch.zone()), saved));
    }

    private void saveService(Context ctx, Optional<String> pathId) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody body = RequestContext.json(ctx);
        Result<Company> company = catalogue.company(tenant);
        SchedulingSettings scheduling = company instanceof Result.Success<Company> c ? c.value().scheduling()
                : SchedulingSettings.DEFAULTS;
        Service service = Readers.parse("service", () -> Readers.service(tenant, Readers.id(body, pathId), body,
                scheduling));
        boolean existed = catalogue.service(tenant, service.id()).isSuccess();
        refuseDuplicate(pathId, existed, "Service " + service.id());
        Router.json(ctx, existed ? 200 : 201, Views.service(value(catalogue.saveService(service))));
    }

    private Holiday findHoliday(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        HolidayId id = Readers.parse("holiday id", () -> HolidayId.of(ctx.pathParam("id")));
        return catalogue.holidays(tenant).stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Holiday " + id + " does not exist."));
    }

    private void saveHoliday(Context ctx, Optional<String> pathId) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody body = RequestContext.json(ctx);
        Holiday holiday = Readers.parse("holiday", () -> Readers.holiday(tenant, Readers.id(body, pathId), body));
        boolean existed = catalogue.holidays(tenant).stream().anyMatch(h -> h.id().equals(holiday.id()));
        refuseDuplicate(pathId, existed, "Holiday " + holiday.id());
        Result<Holiday> saved = catalogue.saveHoliday(holiday);
        Router.json(ctx, existed ? 200 : 201, withWarnings(Views.holiday(value(saved)), saved));
    }

    private static void refuseDuplicate(Optional<String> pathId, boolean existed, String what) {
        if (pathId.isEmpty() && existed) {
            throw new ApiProblem(ErrorCode.INVALID_STATE, what + " already exists; use PUT to change it.");
        }
    }

    /** 204, or 200 with the warnings when the item was kept, deactivated, because stored bookings name it. */
    private static void deleted(Context ctx, Result<Void> result) {
        value(result);
        List<Warning> warnings = result instanceof Result.Success<Void> s ? s.warnings() : List.of();
        if (warnings.isEmpty()) {
            ctx.status(204);
            return;
        }
        ObjectNode body = ApiJson.object();
        body.put("kept", true);
        body.set("warnings", Views.warnings(warnings));
        Router.json(ctx, 200, body);
    }

    static <T> T value(Result<T> result) {
        if (result instanceof Result.Failure<T> f) {
            throw ApiProblem.of(f);
        }
        return ((Result.Success<T>) result).value();
    }
}
