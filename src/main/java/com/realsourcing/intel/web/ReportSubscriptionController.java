package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.ReportSubscriptions;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's weekly-report subscription: the industries they follow and how they want to be told. */
@RestController
@RequestMapping("/api/intel/weekly-report-subscription")
@Tag(name = "intel")
class ReportSubscriptionController {

    private final ReportSubscriptions subscriptions;

    ReportSubscriptionController(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    record SubscriptionResponse(boolean subscribed, List<String> industries, Set<Channel> channels) {}

    @GetMapping
    @PreAuthorize(IntelPermissions.CAN_READ)
    SubscriptionResponse get() {
        return subscriptions
                .find(CurrentUser.require().userId())
                .map(s -> new SubscriptionResponse(true, s.industries(), s.channels()))
                .orElse(new SubscriptionResponse(false, List.of(), Set.of()));
    }

    /** {@code industries} empty: every industry. {@code channels}: EMAIL and/or WECHAT besides the in-app one. */
    record SubscriptionRequest(@NotNull @Size(max = 20) List<String> industries, @NotNull Set<Channel> channels) {}

    @PutMapping
    @PreAuthorize(IntelPermissions.CAN_READ)
    SubscriptionResponse subscribe(@Valid @RequestBody SubscriptionRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        ReportSubscriptions.Subscription s =
                subscriptions.subscribe(user.userId(), user.organizationId(), request.industries(), request.channels());
        return new SubscriptionResponse(true, s.industries(), s.channels());
    }

    @DeleteMapping
    @PreAuthorize(IntelPermissions.CAN_READ)
    ResponseEntity<Void> unsubscribe() {
        subscriptions.unsubscribe(CurrentUser.require().userId());
        return ResponseEntity.noContent().build();
    }
}
