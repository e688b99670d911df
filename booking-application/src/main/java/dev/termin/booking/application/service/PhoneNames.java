package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.phone.GermanPhrases;
import dev.termin.booking.domain.phone.NameMatcher;
import dev.termin.booking.domain.phone.NameMatcher.Resolution;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Services and staff named as heard, resolved with {@link NameMatcher#resolve}: a clear name is taken, an unclear
 * one becomes a failure whose sentence asks back with the two closest names (marked by {@link #ASK_BACK} in its
 * details, so that the answer can say {@link PhoneAnswer.Status#ASK_BACK}). Thread-safe.
 */
final class PhoneNames {

    /** The detail key marking a failure that asks back rather than fails. */
    static final String ASK_BACK = "askBack";

    private static final Set<String> ANYBODY = Set.of("", "egal", "beliebig", "keine", "keiner", "niemand",
            "irgendwer", "jemand", "keine praeferenz", "keine präferenz", "ist egal");

    private final CatalogueRepository catalogue;

    PhoneNames(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    /** The asked branch, or the only one when none is asked and the tenant has one. */
    Optional<Branch> branch(TenantId tenant, Optional<BranchId> asked) {
        if (asked.isPresent()) {
            return catalogue.findBranch(tenant, asked.get());
        }
        List<Branch> branches = catalogue.listBranches(tenant);
        return branches.size() == 1 ? Optional.of(branches.get(0)) : Optional.empty();
    }

    String staffName(TenantId tenant, StaffId id) {
        return catalogue.findStaff(tenant, id).map(Staff::name).orElse(id.value());
    }

    String serviceName(TenantId tenant, ServiceId id) {
        return catalogue.findService(tenant, id).map(Service::name).orElse(id.value());
    }

    Result<Service> service(TenantId tenant, String spoken) {
        List<Service> services = catalogue.listServices(tenant).stream().filter(Service::active).toList();
        Resolution<Service> r = NameMatcher.resolve(spoken, services, s -> names(s.name(), s.aliases()));
        if (r instanceof Resolution.Resolved<Service> resolved) {
            return Result.ok(resolved.value());
        }
        if (r instanceof Resolution.AskBack<Service> ask) {
            return askBack(ask, Service::name);
        }
        return Result.failure(spoken.isBlank() ? ErrorCode.MISSING_REQUIRED_FIELD : ErrorCode.NOT_FOUND,
                GermanPhrases.unknownService(spoken));
    }

    /** The staff member wished for, or empty when the caller does not mind ("egal", blank). */
    Result<Optional<Staff>> staff(TenantId tenant, BranchId branch, String spoken) {
        if (ANYBODY.contains(spoken.strip().toLowerCase(Locale.GERMAN))) {
            return Result.ok(Optional.empty());
        }
        List<Staff> candidates = catalogue.listStaff(tenant, branch).stream().filter(Staff::active).toList();
        Resolution<Staff> r = NameMatcher.resolve(spoken, candidates, s -> names(s.name(), s.aliases()));
        if (r instanceof Resolution.Resolved<Staff> resolved) {
            return Result.ok(Optional.of(resolved.value()));
        }
        if (r instanceof Resolution.AskBack<Staff> ask) {
            return askBack(ask, Staff::name);
        }
        return Result.failure(ErrorCode.NOT_FOUND, GermanPhrases.unknownStaff(spoken));
    }

    static boolean asksBack(Result.Failure<?> failure) {
        return "true".equals(failure.details().get(ASK_BACK));
    }

    /** The answer for a failure: {@link PhoneAnswer.Status#ASK_BACK} when it asks back, else a failure. */
    static PhoneAnswer answer(Result.Failure<?> f) {
        return asksBack(f) ? new PhoneAnswer(PhoneAnswer.Status.ASK_BACK, Optional.of(f.code()), f.message(),
                Optional.empty(), Optional.empty(), List.of()) : PhoneAnswer.failed(f.code(), f.message());
    }

    private static <T, R> Result<R> askBack(Resolution.AskBack<T> ask, Function<T, String> name) {
        List<String> closest = ask.closest().stream().map(s -> name.apply(s.value())).toList();
        return Result.failure(ErrorCode.INVALID_DATA, GermanPhrases.askBack(closest), Map.of(ASK_BACK, "true"));
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
