using System.Globalization;
using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Content.Templates;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Messages;

/// <summary>Reads messages.json.</summary>
internal static class MessagesFile
{
    public const string Name = "messages.json";

    public static ConversationMessages Read(JsonSection root)
    {
        var welcome = root.Section("welcome", "welcome") ?? root;
        var causes = root.Section("causes", "causes") ?? root;
        var summary = root.Section("summary", "summary") ?? root;
        var feedback = root.Section("feedback", "feedback") ?? root;
        var lists = root.Section("lists", "lists") ?? root;
        var memory = root.Section("memory", "memory") ?? root;
        return new ConversationMessages
        {
            Welcome = new WelcomeMessages
            {
                Greeting = welcome.Text("greeting"),
                Purpose = welcome.Text("purpose"),
                NotADiagnosis = welcome.Text("notADiagnosis"),
                Emergency = welcome.Text("emergency"),
                StartPrompt = welcome.Text("startPrompt"),
                StartPromptPlain = welcome.Text("startPromptPlain"),
                StoryWords = welcome.Strings("storyWords").Select(word => word.ToLowerInvariant()).ToList(),
            },
            Disclaimer = root.Text("disclaimer"),
            Help = root.Text("help"),
            Cancelled = root.Text("cancelled"),
            StartingOver = root.Text("startingOver"),
            NotUnderstood = root.TextList("notUnderstood"),
            TooManyMisses = root.Text("tooManyMisses"),
            StoryThanks = root.Text("storyThanks"),
            Reassurance = root.Text("reassurance"),
            Causes = new CauseMessages
            {
                OneFits = causes.Template("oneFits", "cause"),
                SeveralFit = causes.Template("severalFit", "causes"),
                WhyItFits = causes.Template("whyItFits", "reasons"),
                NothingFitsWell = causes.Text("nothingFitsWell"),
                AllCausesIntro = causes.Text("allCausesIntro"),
                SelfCareIntro = causes.Text("selfCareIntro"),
                GeneralSelfCareIntro = causes.Text("generalSelfCareIntro"),
                NotADiagnosisReminder = causes.Text("notADiagnosisReminder"),
            },
            Summary = ReadSummary(summary),
            Labels = ReadLabels(root),
            Lists = new ListWording(lists.Raw("separator"), lists.Raw("finalSeparator")),
            Feedback = new FeedbackMessages
            {
                Question = feedback.Text("question"),
                Yes = feedback.Text("yes"),
                No = feedback.Text("no"),
                ThanksYes = feedback.Text("thanksYes"),
                ThanksNo = feedback.Text("thanksNo"),
            },
            Goodbye = root.Text("goodbye"),
            SafetyNet = ReadSafetyNet(root),
            StartAgainOffer = root.Text("startAgainOffer"),
            StartAgainButton = root.Text("startAgainButton"),
            TextOnly = root.Text("textOnly"),
            SwitchedByWords = root.Text("switchedByWords"),
            SwitchedOnRequest = root.Text("switchedOnRequest"),
            SayBack = root.Text("sayBack"),
            Corrected = root.Has("corrected") ? root.Template("corrected", "facts") : null,
            PersistentPain = root.Has("persistentPain") && root.Section("persistentPain", "persistentPain") is { } persistent ? ReadPersistentPain(persistent) : null,
            Memory = new MemoryMessages
            {
                WhatIKnow = memory.Text("whatIKnow"),
                NothingYet = memory.Text("nothingYet"),
                ForgetHint = memory.Text("forgetHint"),
                Forgotten = memory.Text("forgotten"),
                AlsoDeleted = memory.Template("alsoDeleted", "items"),
                Records = new ForgottenRecords
                {
                    CallbackRequest = memory.Text("deletedCallbackRequest"),
                    Feedback = memory.Text("deletedFeedback"),
                    Transcript = memory.Text("deletedTranscript"),
                    ChatHistory = memory.Text("deletedChatHistory"),
                },
                CallbackAlreadyDone = memory.Text("callbackAlreadyDone"),
                AfterForgetting = memory.Text("afterForgetting"),
            },
            Privacy = root.Text("privacy"),
            Error = root.Text("error"),
            StorageUnavailable = root.Text("storageUnavailable"),
        };
    }

    private static PersistentPainOffer ReadPersistentPain(JsonSection section) => new()
    {
        Prompt = section.Text("prompt"),
        Plain = section.Text("plain"),
        Choices = new ChoiceSet("persistent-pain",
        [
            new Choice { Value = PersistentPainOffer.Questions, Title = section.Text("questions"), Synonyms = section.Strings("questionsSynonyms") },
            new Choice { Value = PersistentPainOffer.Clinic, Title = section.Text("clinic"), Synonyms = section.Strings("clinicSynonyms") },
        ]),
    };

    private static SummaryMessages ReadSummary(JsonSection summary) => new()
    {
        Title = summary.Text("title"),
        Location = summary.Template("location", "location"),
        Side = summary.Template("side", "side"),
        Severity = summary.Template("severity", "severity"),
        Duration = summary.Template("duration", "duration"),
        Trend = summary.Template("trend", "trend"),
        LegSymptoms = summary.Text("legSymptoms"),
        AfterEveryRun = summary.Text("afterEveryRun"),
        LikelyCauses = summary.Template("likelyCauses", "causes"),
        NoLikelyCause = summary.Text("noLikelyCause"),
        HandoffRecommended = summary.Template("handoffRecommended", "reasons"),
        HandoffSoon = summary.Template("handoffSoon", "reasons"),
        NoHandoff = summary.Text("noHandoff"),
    };

    private static SafetyNetMessage ReadSafetyNet(JsonSection root)
    {
        var section = root.Section("safetyNet", "safetyNet") ?? root;
        var text = section.Template("text", "date");
        if (section.Has("text") && !text.Placeholders.Contains("date"))
        {
            section.Problem("field 'text' must say the date with {date}");
        }

        var days = section.Integer("days", 1, 28);
        var format = section.Raw("dateFormat");
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
        var timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(section.Raw("timeZone"), out var found) ? found : TimeZoneInfo.Utc;
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

    private static ValueLabels ReadLabels(JsonSection root)
    {
        var labels = root.Section("labels", "labels");
        return new ValueLabels
        {
            Location = ReadLabelSet<BackRegion>(labels, "location"),
            Side = ReadLabelSet<PainSide>(labels, "side"),
            Trend = ReadLabelSet<PainTrend>(labels, "trend"),
        };
    }

    private static Dictionary<T, string> ReadLabelSet<T>(JsonSection? labels, string field)
        where T : struct, Enum
    {
        var result = new Dictionary<T, string>();
        if (labels?.Section(field, $"labels '{field}'") is not { } section)
        {
            return result;
        }

        foreach (var value in ReportSlots.ValuesOf(field).Where(value => value != ReportSlots.Unsure))
        {
            var key = Enum.Parse<T>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            result[key] = section.Text(value);
        }

        return result;
    }
}
