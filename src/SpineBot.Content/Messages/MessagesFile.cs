using System.Globalization;
using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Content.Templates;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Messages;

/// <summary>Checks messages.json.</summary>
internal static class MessagesFile
{
    public const string Name = "messages.json";

    public static ConversationMessages Read(MessagesJson json, ContentEntry root)
    {
        var welcome = root.Section(json.Welcome, "welcome", "welcome") ?? root;
        var causes = root.Section(json.Causes, "causes", "causes") ?? root;
        var summary = root.Section(json.Summary, "summary", "summary") ?? root;
        var feedback = root.Section(json.Feedback, "feedback", "feedback") ?? root;
        var lists = root.Section(json.Lists, "lists", "lists") ?? root;
        var memory = root.Section(json.Memory, "memory", "memory") ?? root;
        var welcomeJson = json.Welcome ?? new WelcomeJson();
        var causesJson = json.Causes ?? new CauseMessagesJson();
        var feedbackJson = json.Feedback ?? new FeedbackJson();
        var listsJson = json.Lists ?? new ListsJson();
        var memoryJson = json.Memory ?? new MemoryJson();
        return new ConversationMessages
        {
            Welcome = new WelcomeMessages
            {
                Greeting = welcome.Text(welcomeJson.Greeting, "greeting"),
                Purpose = welcome.Text(welcomeJson.Purpose, "purpose"),
                NotADiagnosis = welcome.Text(welcomeJson.NotADiagnosis, "notADiagnosis"),
                Emergency = welcome.Text(welcomeJson.Emergency, "emergency"),
                StartPrompt = welcome.Text(welcomeJson.StartPrompt, "startPrompt"),
                StartPromptPlain = welcome.Text(welcomeJson.StartPromptPlain, "startPromptPlain"),
                StoryWords = welcome.Strings(welcomeJson.StoryWords, "storyWords").Select(word => word.ToLowerInvariant()).ToList(),
            },
            Disclaimer = root.Text(json.Disclaimer, "disclaimer"),
            Help = root.Text(json.Help, "help"),
            Cancelled = root.Text(json.Cancelled, "cancelled"),
            StartingOver = root.Text(json.StartingOver, "startingOver"),
            NotUnderstood = root.TextList(json.NotUnderstood, "notUnderstood"),
            TooManyMisses = root.Text(json.TooManyMisses, "tooManyMisses"),
            StoryThanks = root.Text(json.StoryThanks, "storyThanks"),
            Reassurance = root.Text(json.Reassurance, "reassurance"),
            Causes = new CauseMessages
            {
                OneFits = causes.Template(causesJson.OneFits, "oneFits", "cause"),
                SeveralFit = causes.Template(causesJson.SeveralFit, "severalFit", "causes"),
                WhyItFits = causes.Template(causesJson.WhyItFits, "whyItFits", "reasons"),
                NothingFitsWell = causes.Text(causesJson.NothingFitsWell, "nothingFitsWell"),
                AllCausesIntro = causes.Text(causesJson.AllCausesIntro, "allCausesIntro"),
                SelfCareIntro = causes.Text(causesJson.SelfCareIntro, "selfCareIntro"),
                GeneralSelfCareIntro = causes.Text(causesJson.GeneralSelfCareIntro, "generalSelfCareIntro"),
                NotADiagnosisReminder = causes.Text(causesJson.NotADiagnosisReminder, "notADiagnosisReminder"),
            },
            Summary = ReadSummary(summary, json.Summary ?? new SummaryMessagesJson()),
            Labels = ReadLabels(root, json.Labels),
            Lists = new ListWording(lists.Raw(listsJson.Separator, "separator"), lists.Raw(listsJson.FinalSeparator, "finalSeparator")),
            Feedback = new FeedbackMessages
            {
                Question = feedback.Text(feedbackJson.Question, "question"),
                Yes = feedback.Text(feedbackJson.Yes, "yes"),
                No = feedback.Text(feedbackJson.No, "no"),
                ThanksYes = feedback.Text(feedbackJson.ThanksYes, "thanksYes"),
                ThanksNo = feedback.Text(feedbackJson.ThanksNo, "thanksNo"),
            },
            Goodbye = root.Text(json.Goodbye, "goodbye"),
            SafetyNet = ReadSafetyNet(root, json.SafetyNet),
            StartAgainOffer = root.Text(json.StartAgainOffer, "startAgainOffer"),
            StartAgainButton = root.Text(json.StartAgainButton, "startAgainButton"),
            TextOnly = root.Text(json.TextOnly, "textOnly"),
            SwitchedByWords = root.Text(json.SwitchedByWords, "switchedByWords"),
            SwitchedOnRequest = root.Text(json.SwitchedOnRequest, "switchedOnRequest"),
            SayBack = root.Text(json.SayBack, "sayBack"),
            Corrected = json.Corrected is not null ? root.Template(json.Corrected, "corrected", "facts") : null,
            PersistentPain = json.PersistentPain is { } persistent ? ReadPersistentPain(root.Child("persistentPain"), persistent) : null,
            Memory = new MemoryMessages
            {
                WhatIKnow = memory.Text(memoryJson.WhatIKnow, "whatIKnow"),
                NothingYet = memory.Text(memoryJson.NothingYet, "nothingYet"),
                ForgetHint = memory.Text(memoryJson.ForgetHint, "forgetHint"),
                Forgotten = memory.Text(memoryJson.Forgotten, "forgotten"),
                AlsoDeleted = memory.Template(memoryJson.AlsoDeleted, "alsoDeleted", "items"),
                Records = new ForgottenRecords
                {
                    CallbackRequest = memory.Text(memoryJson.DeletedCallbackRequest, "deletedCallbackRequest"),
                    Feedback = memory.Text(memoryJson.DeletedFeedback, "deletedFeedback"),
                    Transcript = memory.Text(memoryJson.DeletedTranscript, "deletedTranscript"),
                    ChatHistory = memory.Text(memoryJson.DeletedChatHistory, "deletedChatHistory"),
                },
                CallbackAlreadyDone = memory.Text(memoryJson.CallbackAlreadyDone, "callbackAlreadyDone"),
                AfterForgetting = memory.Text(memoryJson.AfterForgetting, "afterForgetting"),
            },
            Privacy = root.Text(json.Privacy, "privacy"),
            Error = root.Text(json.Error, "error"),
            StorageUnavailable = root.Text(json.StorageUnavailable, "storageUnavailable"),
        };
    }

    private static PersistentPainOffer ReadPersistentPain(ContentEntry section, PersistentPainJson json) => new()
    {
        Prompt = section.Text(json.Prompt, "prompt"),
        Plain = section.Text(json.Plain, "plain"),
        Choices = new ChoiceSet("persistent-pain",
        [
            new Choice { Value = PersistentPainOffer.Questions, Title = section.Text(json.Questions, "questions"), Synonyms = section.Strings(json.QuestionsSynonyms, "questionsSynonyms") },
            new Choice { Value = PersistentPainOffer.Clinic, Title = section.Text(json.Clinic, "clinic"), Synonyms = section.Strings(json.ClinicSynonyms, "clinicSynonyms") },
        ]),
    };

    private static SummaryMessages ReadSummary(ContentEntry summary, SummaryMessagesJson json) => new()
    {
        Title = summary.Text(json.Title, "title"),
        Location = summary.Template(json.Location, "location", "location"),
        Side = summary.Template(json.Side, "side", "side"),
        Severity = summary.Template(json.Severity, "severity", "severity"),
        Duration = summary.Template(json.Duration, "duration", "duration"),
        Trend = summary.Template(json.Trend, "trend", "trend"),
        LegSymptoms = summary.Text(json.LegSymptoms, "legSymptoms"),
        AfterEveryRun = summary.Text(json.AfterEveryRun, "afterEveryRun"),
        LikelyCauses = summary.Template(json.LikelyCauses, "likelyCauses", "causes"),
        NoLikelyCause = summary.Text(json.NoLikelyCause, "noLikelyCause"),
        HandoffRecommended = summary.Template(json.HandoffRecommended, "handoffRecommended", "reasons"),
        HandoffSoon = summary.Template(json.HandoffSoon, "handoffSoon", "reasons"),
        NoHandoff = summary.Text(json.NoHandoff, "noHandoff"),
    };

    private static SafetyNetMessage ReadSafetyNet(ContentEntry root, SafetyNetJson? safetyNet)
    {
        var section = root.Section(safetyNet, "safetyNet", "safetyNet") ?? root;
        var json = safetyNet ?? new SafetyNetJson();
        var text = section.Template(json.Text, "text", "date");
        if (json.Text is not null && !text.Placeholders.Contains("date"))
        {
            section.Problem("field 'text' must say the date with {date}");
        }

        var days = section.Integer(json.Days, "days", 1, 28);
        var format = section.Raw(json.DateFormat, "dateFormat");
        var culture = CultureOf(root.Context.Language);
        try
        {
            _ = DateOnly.MinValue.ToString(format, culture);
        }
        catch (FormatException)
        {
            section.Problem($"field 'dateFormat': '{format}' is not a date format");
            format = "D";
        }

        // A server without time-zone data falls back to UTC: the date may then be a day off, never missing.
        var timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(section.Raw(json.TimeZone, "timeZone"), out var found) ? found : TimeZoneInfo.Utc;
        return new SafetyNetMessage(text, days, format, timeZone, culture);
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static ValueLabels ReadLabels(ContentEntry root, LabelsJson? json)
    {
        var labels = root.Section(json, "labels", "labels");
        return new ValueLabels
        {
            Location = ReadLabelSet<BackRegion>(labels, json?.Location, "location"),
            Side = ReadLabelSet<PainSide>(labels, json?.Side, "side"),
            Trend = ReadLabelSet<PainTrend>(labels, json?.Trend, "trend"),
        };
    }

    private static Dictionary<T, string> ReadLabelSet<T>(ContentEntry? labels, IReadOnlyDictionary<string, string?>? texts, string field)
        where T : struct, Enum
    {
        var result = new Dictionary<T, string>();
        if (labels?.Section(texts, field, $"labels '{field}'") is not { } section)
        {
            return result;
        }

        foreach (var value in ReportSlots.ValuesOf(field).Where(value => value != ReportSlots.Unsure))
        {
            var key = Enum.Parse<T>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            result[key] = section.Text(texts!.GetValueOrDefault(value), value);
        }

        return result;
    }
}
