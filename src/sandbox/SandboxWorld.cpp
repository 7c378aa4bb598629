#include "SandboxWorld.h"

#include "SandboxChoices.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>

namespace callstop::sandbox {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// Howard Hinnant's civil calendar algorithms: exact for any proleptic Gregorian date, no time zone database.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t* y, unsigned* m, unsigned* d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = std::int64_t(yoe) + era * 400 + (*m <= 2);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Numbers of several countries, all distinct for distinct pool indexes, all E.164.
std::string numberFor(std::uint64_t poolIndex)
{
    static const char* const usAreas[] = {"415", "646", "312", "206"};
    const std::uint64_t k = poolIndex / 6;
    char buffer[24];
    switch (poolIndex % 6) {
    case 0:
        std::snprintf(buffer, sizeof buffer, "+1%s%07llu", usAreas[k % 4],
            static_cast<unsigned long long>(2000000 + (k / 4) % 8000000));
        break;
    case 1:
        std::snprintf(buffer, sizeof buffer, "+447700%06llu", static_cast<unsigned long long>(k % 1000000));
        break;
    case 2:
        std::snprintf(buffer, sizeof buffer, "+9198%08llu", static_cast<unsigned long long>(k % 100000000));
        break;
    case 3:
        std::snprintf(buffer, sizeof buffer, "+49151%08llu", static_cast<unsigned long long>(k % 100000000));
        break;
    case 4:
        std::snprintf(buffer, sizeof buffer, "+614%08llu", static_cast<unsigned long long>(k % 100000000));
        break;
    default:
        std::snprintf(buffer, sizeof buffer, "+55119%08llu", static_cast<unsigned long long>(k % 100000000));
        break;
    }
    return buffer;
}

bool digits(const std::string& s, std::size_t at, std::size_t n, int* out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

} // namespace

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int SandboxCampaign::count(const std::string& status) const
{
    const int i = SandboxWorld::statusIndex(status);
    return i < 0 ? 0 : counts[i];
}

std::string SandboxWorld::makeUuid(std::uint64_t& state)
{
    std::uint64_t hi = splitmix64(state);
    std::uint64_t lo = splitmix64(state);
    hi = (hi & 0xffffffffffff0fffull) | 0x0000000000004000ull; // version 4
    lo = (lo & 0x3fffffffffffffffull) | 0x8000000000000000ull; // variant 10
    char buffer[37];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32),
        unsigned((hi >> 16) & 0xffff), unsigned(hi & 0xffff), unsigned(lo >> 48),
        static_cast<unsigned long long>(lo & 0xffffffffffffull));
    return buffer;
}

std::string SandboxWorld::formatTime(std::int64_t epochUs)
{
    const std::int64_t seconds = floorDiv(epochUs, 1000000);
    const std::int64_t micros = epochUs - seconds * 1000000;
    const std::int64_t days = floorDiv(seconds, 86400);
    const std::int64_t inDay = seconds - days * 86400;
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    char buffer[96]; // room for any 64-bit year, so that the compiler sees no truncation
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02d.%06lld+00:00", static_cast<long long>(y), m,
        d, int(inDay / 3600), int(inDay / 60 % 60), int(inDay % 60), static_cast<long long>(micros));
    return buffer;
}

bool SandboxWorld::parseTime(const std::string& s, std::int64_t* epochUs)
{
    // YYYY-MM-DDTHH:MM[:SS[.f...]][Z|+HH:MM|-HH:MM|+HHMM|-HHMM]. A '+' sent unencoded in a query arrives as a
    // space and is refused here, as the provider's validation refuses it.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, &year) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, &month) || s[7] != '-'
        || !digits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, &hour) || s[13] != ':'
        || !digits(s, 14, 2, &minute))
        return false;
    std::size_t at = 16;
    std::int64_t micros = 0;
    if (at < s.size() && s[at] == ':') {
        if (!digits(s, at + 1, 2, &second))
            return false;
        at += 3;
        if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
            ++at;
            int n = 0;
            std::int64_t scale = 100000;
            while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
                micros += (s[at] - '0') * scale;
                scale /= 10;
                ++at;
                ++n;
            }
            if (n == 0)
                return false;
        }
    }
    int offsetMinutes = 0;
    if (at < s.size()) {
        if ((s[at] == 'Z' || s[at] == 'z') && at + 1 == s.size()) {
            ++at;
        } else if (s[at] == '+' || s[at] == '-') {
            const int sign = s[at] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!digits(s, at + 1, 2, &oh))
                return false;
            std::size_t next = at + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (!digits(s, next, 2, &om) || next + 2 != s.size() || oh > 23 || om > 59)
                return false;
            offsetMinutes = sign * (oh * 60 + om);
            at = s.size();
        } else {
            return false;
        }
    }
    static const int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || (month == 2 && day == 29 && !leap)
        || hour > 23 || minute > 59 || second > 59)
        return false;
    const std::int64_t seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60
        + second - std::int64_t(offsetMinutes) * 60;
    *epochUs = seconds * 1000000 + micros;
    return true;
}

bool SandboxWorld::isE164(const std::string& number)
{
    if (number.size() < 8 || number.size() > 16 || number[0] != '+' || number[1] < '1' || number[1] > '9')
        return false;
    return std::all_of(number.begin() + 1, number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int SandboxWorld::statusIndex(const std::string& status)
{
    for (int i = 0; i < choices::StatusCount; ++i) {
        if (status == choices::Statuses[i])
            return i;
    }
    return -1;
}

SandboxWorld::SandboxWorld(const SandboxOptions& options)
    : m_made(std::chrono::steady_clock::now())
    , m_random(options.seed)
    , m_worldRandom(options.seed ^ 0x3c6ef372fe94f82bull)
{
    m_anchorUs = options.nowEpochSeconds > 0
        ? options.nowEpochSeconds * 1000000
        : std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    generate(options);
}

std::int64_t SandboxWorld::nowUs() const
{
    return m_anchorUs
        + std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_made).count();
}

void SandboxWorld::generate(const SandboxOptions& options)
{
    using namespace choices;
    static const char* const firstNames[] = {"Asha", "Ben", "Chen", "Dara", "Elif", "Femi", "Greta", "Hugo", "Ines",
        "Jonas", "Kiran", "Lena", "Mateo", "Noor", "Omar", "Priya"};
    static const char* const agentNames[] = {"Sales Assistant", "Renewal Reminder", "Appointment Setter",
        "Survey Caller", "Collections Helper", "Support Callback"};
    static const char* const templates[][2]
        = {{"sales", "Sales Agent"}, {"reminder", "Reminder Agent"}, {"appointment", "Appointment Agent"},
            {"survey", "Survey Agent"}, {"collections", "Collections Agent"}, {"support", "Support Agent"}};
    static const char* const campaignNames[] = {"Q4 Renewals", "Spring Promotion", "Payment Reminders",
        "Customer Survey", "Webinar Follow-up", "Win-back", "Appointment Confirmations", "Lead Qualification"};
    const int callCount = std::max(0, options.calls);
    const int agentCount = options.agents > 0 ? options.agents : DefaultAgents;
    const int campaignCount = options.campaigns > 0
        ? options.campaigns
        : std::clamp(callCount / CallsPerCampaign, MinCampaigns, MaxCampaigns);
    auto draw = [this] { return splitmix64(m_worldRandom); };

    // The first four agent ids come from the call stream, as in the first sandbox, so that a seed still gives the
    // same call ids and statuses.
    std::string legacyAgents[4];
    for (auto& id : legacyAgents)
        id = makeUuid(m_random);
    const std::int64_t weekAgo = m_anchorUs - 8 * Day;
    m_agents.reserve(std::size_t(agentCount));
    m_agentCalls.resize(std::size_t(agentCount));
    for (int a = 0; a < agentCount; ++a) {
        SandboxAgent agent;
        agent.id = a < 4 ? legacyAgents[a] : makeUuid(m_worldRandom);
        agent.name = agentNames[a % 6];
        if (a >= 6)
            agent.name += " " + std::to_string(a / 6 + 1);
        agent.templateName = templates[a % 6][0];
        agent.templateLabel = templates[a % 6][1];
        agent.createdAt = formatTime(weekAgo - 30 * Day + a * Hour);
        agent.updatedAt = formatTime(weekAgo - 30 * Day + a * Hour + 3 * Minute);
        m_agentIndex.emplace(agent.id, a);
        m_agents.push_back(std::move(agent));
    }

    // Campaign states with the calls each may hold: a campaign not started has only registered calls, a finished
    // one only finished calls. The first ones cover every state so that small worlds have them all.
    static const char* const fixedStates[] = {"running", "paused", "completed", "registered", "pending"};
    std::vector<int> eligible[4]; // registered, retry, ongoing, finished
    m_campaigns.reserve(std::size_t(campaignCount));
    m_campaignCalls.resize(std::size_t(campaignCount));
    for (int c = 0; c < campaignCount; ++c) {
        const std::uint64_t r = draw();
        const unsigned pick = unsigned(r % 100);
        SandboxCampaign campaign;
        campaign.id = makeUuid(m_worldRandom);
        campaign.name = std::string(campaignNames[(r >> 8) % 8]) + " " + std::to_string(c + 1);
        campaign.status = c < 5 ? fixedStates[c]
            : pick < 50         ? "running"
            : pick < 65         ? "paused"
            : pick < 90         ? "completed"
            : pick < 95         ? "registered"
                                : "pending";
        campaign.agentId = c < agentCount ? m_agents[std::size_t(c)].id
                                          : m_agents[std::size_t((r >> 16) % std::uint64_t(agentCount))].id;
        const std::int64_t created = weekAgo - std::int64_t(campaignCount - c) * Minute;
        campaign.createdAt = formatTime(created);
        campaign.startTime = formatTime(created + Hour);
        const bool finished = campaign.status == "completed";
        campaign.endTime = formatTime(finished ? m_anchorUs - 2 * Hour : m_anchorUs + 7 * Day);
        campaign.updatedAt = formatTime(finished ? m_anchorUs - 2 * Hour : created + Hour);
        const std::string& s = campaign.status;
        if (s != "completed")
            eligible[0].push_back(c);
        if (s == "running" || s == "paused")
            eligible[1].push_back(c);
        if (s == "running")
            eligible[2].push_back(c);
        if (s == "running" || s == "paused" || s == "completed")
            eligible[3].push_back(c);
        m_campaignIndex.emplace(campaign.id, c);
        m_campaigns.push_back(std::move(campaign));
    }

    const std::uint64_t pool = std::max<std::uint64_t>(1, std::uint64_t(callCount) * NumberPoolPercent / 100);
    m_calls.reserve(std::size_t(callCount));
    m_callCampaign.reserve(std::size_t(callCount));
    m_callAgent.reserve(std::size_t(callCount));
    m_index.reserve(std::size_t(callCount));
    m_byNumber.reserve(std::size_t(pool));
    for (int i = 0; i < callCount; ++i) {
        const std::uint64_t r = splitmix64(m_random);
        const unsigned bucket = unsigned(r % 100);
        // A realistic mix: most calls still waiting or finished, some in progress.
        const char* status = bucket < 35 ? "registered"
            : bucket < 45                ? "retry"
            : bucket < 55                ? "ongoing"
            : bucket < 80                ? "completed"
            : bucket < 90                ? "failed"
                                         : "cancelled";
        SandboxCall call;
        call.id = makeUuid(m_random);
        call.status = status;
        call.subStatus = call.status == "cancelled" ? "CAMPAIGN_STOPPED" : "";
        call.name = std::string(firstNames[(r >> 40) % 16]) + " " + std::to_string(i + 1);
        call.durationSeconds = call.status == "completed" ? int(5 + (r >> 20) % 600) : 0;

        const std::uint64_t w1 = draw(), w2 = draw();
        const int kind = call.status == "registered" ? 0
            : call.status == "retry"                 ? 1
            : call.status == "ongoing"               ? 2
                                                     : 3;
        const std::vector<int>& choice = eligible[kind].empty() ? eligible[0] : eligible[kind];
        int campaign = choice.empty() ? -1 : choice[std::size_t(w1 % choice.size())];
        call.toNumber = numberFor((w1 >> 24) % pool);

        std::int64_t age = 0;
        const unsigned share = unsigned(w2 % 100);
        const std::uint64_t spread = w2 >> 8;
        if (call.status == "ongoing")
            age = std::int64_t(spread % std::uint64_t(OngoingMaxAge));
        else if (share < SharePastHalfHourPercent)
            age = std::int64_t(spread % std::uint64_t(30 * Minute));
        else if (share < SharePastSixHoursPercent)
            age = 30 * Minute + std::int64_t(spread % std::uint64_t(330 * Minute));
        else if (share < SharePastDayPercent)
            age = 6 * Hour + std::int64_t(spread % std::uint64_t(18 * Hour));
        else
            age = Day + std::int64_t(spread % std::uint64_t(OldestCallAge - Day));
        call.createdAtUs = m_anchorUs - age;
        call.createdAt = formatTime(call.createdAtUs);
        if (call.status != "registered") {
            // Attempted a few seconds after it was made, never in the future.
            const std::int64_t wait = std::min<std::int64_t>(age, std::int64_t(1 + (spread >> 40) % 90) * 1000000);
            call.callAttemptTime = formatTime(call.createdAtUs + wait);
        }
        if (campaign >= 0) {
            call.campaignId = m_campaigns[std::size_t(campaign)].id;
            call.bulkListId = call.campaignId;
            call.agentId = m_campaigns[std::size_t(campaign)].agentId;
        }
        m_calls.push_back(std::move(call));
        m_callCampaign.push_back(campaign);
        m_callAgent.push_back(-1);
        indexCall(m_calls.size() - 1);
    }
    m_byTime.resize(m_calls.size());
    for (std::size_t i = 0; i < m_byTime.size(); ++i)
        m_byTime[i] = i;
    std::stable_sort(m_byTime.begin(), m_byTime.end(),
        [this](std::size_t a, std::size_t b) { return m_calls[a].createdAtUs < m_calls[b].createdAtUs; });
}

void SandboxWorld::indexCall(std::size_t i)
{
    // Caller holds m_mutex or is the constructor. Everything but m_byTime.
    const SandboxCall& call = m_calls[i];
    m_index.emplace(call.id, i);
    m_byNumber[call.toNumber].push_back(i);
    const int campaign = m_callCampaign[i];
    if (campaign >= 0) {
        SandboxCampaign& c = m_campaigns[std::size_t(campaign)];
        m_campaignCalls[std::size_t(campaign)].push_back(i);
        ++c.total;
        const int s = statusIndex(call.status);
        if (s >= 0)
            ++c.counts[s];
    }
    const auto agent = m_agentIndex.find(call.agentId);
    if (agent != m_agentIndex.end()) {
        m_callAgent[i] = agent->second;
        m_agentCalls[std::size_t(agent->second)].push_back(i);
        ++m_agents[std::size_t(agent->second)].callCount;
    }
}

std::string SandboxWorld::addCall(const SandboxCall& spec)
{
    std::lock_guard lock(m_mutex);
    SandboxCall call = spec;
    call.id = makeUuid(m_random);
    if (call.toNumber.empty())
        call.toNumber = "+919800000000";
    if (call.name.empty())
        call.name = "Test";
    if (call.createdAtUs == 0)
        call.createdAtUs = nowUs();
    call.createdAt = formatTime(call.createdAtUs);
    int campaign = -1;
    if (call.campaignId.empty() && !m_campaigns.empty()) {
        campaign = 0;
    } else {
        const auto it = m_campaignIndex.find(call.campaignId);
        campaign = it == m_campaignIndex.end() ? -1 : it->second;
    }
    call.campaignId = campaign >= 0 ? m_campaigns[std::size_t(campaign)].id : std::string();
    call.bulkListId = call.campaignId;
    call.agentId = campaign >= 0 ? m_campaigns[std::size_t(campaign)].agentId : call.agentId;
    if (call.callAttemptTime.empty() && call.status != "registered")
        call.callAttemptTime = call.createdAt;
    m_calls.push_back(call);
    m_callCampaign.push_back(campaign);
    m_callAgent.push_back(-1);
    const std::size_t i = m_calls.size() - 1;
    indexCall(i);
    const auto at = std::upper_bound(m_byTime.begin(), m_byTime.end(), call.createdAtUs,
        [this](std::int64_t t, std::size_t j) { return t < m_calls[j].createdAtUs; });
    m_byTime.insert(at, i);
    return call.id;
}

int SandboxWorld::stop(std::size_t i)
{
    SandboxCall& call = m_calls[i];
    if (call.status == "registered" || call.status == "retry") {
        const int campaign = m_callCampaign[i];
        if (campaign >= 0) {
            SandboxCampaign& c = m_campaigns[std::size_t(campaign)];
            --c.counts[statusIndex(call.status)];
            ++c.counts[statusIndex(choices::TerminatedStatus)];
            c.updatedAt = formatTime(nowUs());
        }
        call.status = choices::TerminatedStatus;
        call.subStatus = choices::TerminatedSubStatus;
        return 1;
    }
    if (call.status == "ongoing")
        call.subStatus = choices::RetryBlockedSubStatus;
    return 0;
}

int SandboxWorld::stopAll(const std::vector<std::size_t>& indices)
{
    int stopped = 0;
    for (std::size_t i : indices)
        stopped += stop(i);
    return stopped;
}

int SandboxWorld::terminateIds(const std::vector<std::string>& ids)
{
    std::lock_guard lock(m_mutex);
    int stopped = 0;
    for (const std::string& id : ids) {
        const auto it = m_index.find(lower(id));
        if (it != m_index.end()) // unknown IDs are ignored, as by the provider
            stopped += stop(it->second);
    }
    return stopped;
}

int SandboxWorld::terminateNumbers(const std::vector<std::string>& numbers)
{
    std::lock_guard lock(m_mutex);
    int stopped = 0;
    for (const std::string& number : numbers) {
        const auto it = m_byNumber.find(number);
        if (it != m_byNumber.end())
            stopped += stopAll(it->second);
    }
    return stopped;
}

int SandboxWorld::terminateCampaign(const std::string& campaignId)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_campaignIndex.find(lower(campaignId));
    return it == m_campaignIndex.end() ? 0 : stopAll(m_campaignCalls[std::size_t(it->second)]);
}

int SandboxWorld::terminateCampaignNumbers(const std::string& campaignId, const std::vector<std::string>& numbers)
{
    std::lock_guard lock(m_mutex);
    const auto campaign = m_campaignIndex.find(lower(campaignId));
    if (campaign == m_campaignIndex.end())
        return 0;
    int stopped = 0;
    for (const std::string& number : numbers) {
        const auto it = m_byNumber.find(number);
        if (it == m_byNumber.end())
            continue;
        for (std::size_t i : it->second) {
            if (m_callCampaign[i] == campaign->second)
                stopped += stop(i);
        }
    }
    return stopped;
}

int SandboxWorld::terminateAgent(const std::string& agentId)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_agentIndex.find(lower(agentId));
    return it == m_agentIndex.end() ? 0 : stopAll(m_agentCalls[std::size_t(it->second)]);
}

SandboxWorld::HistoryPage SandboxWorld::history(const HistoryQuery& q) const
{
    std::lock_guard lock(m_mutex);
    HistoryPage page;
    const auto first = std::lower_bound(m_byTime.begin(), m_byTime.end(), q.fromUs,
        [this](std::size_t j, std::int64_t t) { return m_calls[j].createdAtUs < t; });
    const auto last = std::upper_bound(m_byTime.begin(), m_byTime.end(), q.toUs,
        [this](std::int64_t t, std::size_t j) { return t < m_calls[j].createdAtUs; });
    if (first >= last)
        return page;
    const std::string agentId = lower(q.agentId), bulkListId = lower(q.bulkListId);
    page.rows.reserve(std::size_t(std::max(0, q.limit)));
    // Newest first, one pass: the matches before the page are only counted.
    for (auto it = last; it != first;) {
        const SandboxCall& c = m_calls[*--it];
        if ((!q.status.empty() && c.status != q.status) || (!agentId.empty() && c.agentId != agentId)
            || (!bulkListId.empty() && c.bulkListId != bulkListId))
            continue;
        if (page.matched >= q.offset && int(page.rows.size()) < q.limit) {
            const int campaign = m_callCampaign[*it];
            const int agent = m_callAgent[*it];
            page.rows.push_back({c, agent >= 0 ? m_agents[std::size_t(agent)].name : std::string(),
                campaign >= 0 ? m_campaigns[std::size_t(campaign)].name : std::string()});
        }
        ++page.matched;
    }
    return page;
}

std::vector<SandboxCall> SandboxWorld::calls() const
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

std::vector<SandboxCampaign> SandboxWorld::campaigns() const
{
    std::lock_guard lock(m_mutex);
    return m_campaigns;
}

std::vector<SandboxAgent> SandboxWorld::agents() const
{
    std::lock_guard lock(m_mutex);
    return m_agents;
}

std::optional<SandboxCall> SandboxWorld::call(const std::string& id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(lower(id));
    if (it == m_index.end())
        return std::nullopt;
    return m_calls[it->second];
}

std::optional<SandboxCampaign> SandboxWorld::campaign(const std::string& id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_campaignIndex.find(lower(id));
    if (it == m_campaignIndex.end())
        return std::nullopt;
    return m_campaigns[std::size_t(it->second)];
}

std::optional<SandboxAgent> SandboxWorld::agent(const std::string& id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_agentIndex.find(lower(id));
    if (it == m_agentIndex.end())
        return std::nullopt;
    return m_agents[std::size_t(it->second)];
}

bool SandboxWorld::writeCsv(const std::string& path, std::string* error) const
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        if (error)
            *error = "cannot write " + path;
        return false;
    }
    // The first columns are those of the first sandbox, in the same order: readers of old exports still work.
    out << "id,to_number,name,status,agent_id,initiation_time,call_duration,campaign_id,campaign_name,bulk_list_id\r\n";
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < m_calls.size(); ++i) {
        const SandboxCall& c = m_calls[i];
        const int campaign = m_callCampaign[i];
        out << c.id << ',' << csvField(c.toNumber) << ',' << csvField(c.name) << ',' << c.status << ',' << c.agentId
            << ',' << c.createdAt << ',' << c.durationSeconds << ',' << c.campaignId << ','
            << csvField(campaign >= 0 ? m_campaigns[std::size_t(campaign)].name : std::string()) << ',' << c.bulkListId
            << "\r\n";
    }
    out.flush();
    if (!out) {
        if (error)
            *error = "write failed: " + path;
        return false;
    }
    return true;
}

} // namespace callstop::sandbox
