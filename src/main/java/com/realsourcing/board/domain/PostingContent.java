package com.realsourcing.board.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an author writes: the fields every kind shares and exactly one kind's details (the one matching the posting's
 * kind). An edit of a published posting is kept whole in this shape until a reviewer approves it.
 *
 * @param title shown in lists; derived from the details when left blank
 * @param provinceCode two-digit province code; cities (four digits, six for a county-level city run by its
 *     province) and counties (six digits) as in China's administrative divisions
 * @param categoryTagId a level-2 category tag of the directory's taxonomy (保温杯, 注塑模具 …)
 * @param validUntil the last day the posting stays up (in the board's time zone); default 30 days
 */
public record PostingContent(
        @Size(max = 100) String title,
        @Size(max = 4000) String description,
        @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
        @Pattern(regexp = "\\d{4}|\\d{6}") String cityCode,
        @Pattern(regexp = "\\d{6}") String countyCode,
        @Size(max = 200) String addressLine,
        UUID categoryTagId,
        LocalDate validUntil,
        @Size(max = 9) List<@NotNull UUID> mediaFileIds,
        @Valid ProcurementDetails procurement,
        @Valid InventoryDetails inventory,
        @Valid JobDetails job,
        @Valid OemDemandDetails oemDemand,
        @Valid OemServiceDetails oemService) {

    public PostingContent {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        addressLine = addressLine == null || addressLine.isBlank() ? null : addressLine.strip();
        mediaFileIds = mediaFileIds == null ? List.of() : List.copyOf(mediaFileIds);
    }

    /** The details given, whichever kind they are; null when none or more than one were given. */
    public PostingDetails details() {
        PostingDetails found = null;
        for (PostingDetails d : new PostingDetails[] {procurement, inventory, job, oemDemand, oemService}) {
            if (d != null) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** The JSON property that carries {@code kind}'s details, for field errors. */
    public static String detailsField(PostingKind kind) {
        return switch (kind) {
            case PROCUREMENT -> "procurement";
            case INVENTORY -> "inventory";
            case JOB -> "job";
            case OEM_DEMAND -> "oemDemand";
            case OEM_SERVICE -> "oemService";
        };
    }

    /** The content with {@code kind}'s details in their slot. */
    public static PostingContent of(PostingContent common, PostingDetails details) {
        return new PostingContent(
                common.title(),
                common.description(),
                common.provinceCode(),
                common.cityCode(),
                common.countyCode(),
                common.addressLine(),
                common.categoryTagId(),
                common.validUntil(),
                common.mediaFileIds(),
                details instanceof ProcurementDetails p ? p : null,
                details instanceof InventoryDetails i ? i : null,
                details instanceof JobDetails j ? j : null,
                details instanceof OemDemandDetails d ? d : null,
                details instanceof OemServiceDetails s ? s : null);
    }
}
