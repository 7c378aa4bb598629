#pragma once

// Every point the provider's documents leave open, decided once for the whole sandbox. docs/sandbox-model.md says
// the same in prose; change both together.

#include <cstdint>

namespace callstop::sandbox::choices {

inline constexpr const char* ApiPrefix = "/ca/api/v0";
inline constexpr const char* JsonType = "application/json";

// The call IDs endpoint keeps answering 400 to a malformed body (what the first sandbox did and the client's tests
// rely on); the scope endpoints answer 422 with FastAPI's validation `detail` array, as the provider's framework does.
inline constexpr int MaxIdsPerRequest = 100;
inline constexpr int MaxNumbersPerRequest = 100; // more: 422

// A campaign's id is the bulk_list_id of its calls: the OpenAPI never names them apart, and the history filter
// `bulk_list_id` is the only way to ask for one campaign's calls.
inline constexpr bool CampaignIdIsBulkListId = true;

// Paging bounds. Outside them: 422, as FastAPI's Query(ge=, le=) answers.
inline constexpr int CampaignsLimitDefault = 10;
inline constexpr int CampaignsLimitMax = 1000; // OpenAPI: minimum 1, maximum 1000
inline constexpr int AgentsLimitDefault = 10; // the schema's default (its description says 20)
inline constexpr int AgentsLimitMax = 100;
inline constexpr int HistoryLimitDefault = 10;
inline constexpr int HistoryLimitMax = 1000; // not documented; the sandbox's choice

// `total` of /calling/history is the string "many" when more calls match than this (negative: never).
inline constexpr int HistoryTotalManyAboveDefault = 10000;

// The generated world.
inline constexpr int DefaultAgents = 6;
inline constexpr int CallsPerCampaign = 50; // campaigns = calls / this, clamped to the two below
inline constexpr int MinCampaigns = 3;
inline constexpr int MaxCampaigns = 2000;
inline constexpr int NumberPoolPercent = 60; // distinct numbers per 100 calls: the rest are repeats

// Call ages below "now": a good share today in any time zone, the rest over the last week.
inline constexpr std::int64_t Minute = 60ll * 1000000;
inline constexpr std::int64_t Hour = 60 * Minute;
inline constexpr std::int64_t Day = 24 * Hour;
inline constexpr int SharePastHalfHourPercent = 15;
inline constexpr int SharePastSixHoursPercent = 40; // includes the half hour
inline constexpr int SharePastDayPercent = 65; // includes the six hours
inline constexpr std::int64_t OldestCallAge = 7 * Day;
inline constexpr std::int64_t OngoingMaxAge = 20 * Minute;

// Statuses the provider names. Calls of other statuses (from addCall) count only towards total_count.
inline constexpr const char* Statuses[]
    = {"registered", "ongoing", "retry", "error", "completed", "failed", "cancelled", "forwarded"};
inline constexpr int StatusCount = 8;

inline constexpr const char* TerminatedStatus = "cancelled";
inline constexpr const char* TerminatedSubStatus = "USER_TERMINATED";
// A call already connected is not hung up, only kept from being retried.
inline constexpr const char* RetryBlockedSubStatus = "RETRY_BLOCKED";

inline constexpr const char* TerminatedMessage = "Calls terminated successfully!";

} // namespace callstop::sandbox::choices
