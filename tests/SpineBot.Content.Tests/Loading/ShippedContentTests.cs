using SpineBot.Content.Loading;
using SpineBot.Content.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Tests.Loading;

public sealed class ShippedContentTests
{
    private static ClinicContent Content => ShippedContent.English;

    [Fact]
    public void The_shipped_english_content_loads_cleanly()
    {
        var content = ContentLoader.Load(RepositoryFolders.Dialogs);

        Assert.Equal("en", content.Language);
    }

    [Fact]
    public void It_has_the_five_causes_from_the_clinics_article_each_with_self_care()
    {
        Assert.Equal(
            ["going-overboard", "weak-core", "running-form", "dehydration", "foot-strike"],
            Content.Causes.Select(cause => cause.Id));
        Assert.All(Content.Causes, cause =>
        {
            Assert.False(string.IsNullOrWhiteSpace(cause.Title));
            Assert.False(string.IsNullOrWhiteSpace(cause.Explanation));
            Assert.NotEmpty(cause.SelfCare);
        });
    }

    [Fact]
    public void The_general_self_care_covers_the_articles_advice()
    {
        var advice = string.Join(" ", Content.GeneralSelfCare);

        Assert.Contains("Heat and ice", advice, StringComparison.Ordinal);
        Assert.Contains("stretching before you run", advice, StringComparison.Ordinal);
        Assert.Contains("shouldn't be taken long-term", advice, StringComparison.Ordinal);
        Assert.Contains("lingers", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clinic_is_the_spine_institute_in_santa_monica_on_310_828_7757()
    {
        Assert.Equal("The Spine Institute", Content.Clinic.Name);
        Assert.Equal("Santa Monica", Content.Clinic.City);
        Assert.Equal("310-828-7757", Content.Clinic.Phone);
        Assert.Equal("tel:+13108287757", Content.Clinic.PhoneLink);
    }

    [Fact]
    public void The_clinic_number_is_given_wherever_the_runner_is_sent_to_the_clinic()
    {
        Assert.Contains("310-828-7757", Content.Messages.TooManyMisses, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", Content.Handoff.Wording.Offer, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", Content.Handoff.Wording.Contact, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", Content.Messages.Error, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", Content.Callback.Declined, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergencies_are_sent_to_911_from_the_first_message()
    {
        Assert.Contains("call 911", Content.Messages.Welcome.Emergency, StringComparison.Ordinal);
        Assert.Contains("911", Content.RedFlags.Emergency.Action, StringComparison.Ordinal);
        Assert.Contains("emergency room", Content.RedFlags.Emergency.Action, StringComparison.Ordinal);
        Assert.Contains("911", Content.Messages.Help, StringComparison.Ordinal);
        Assert.Equal("tel:911", Content.Clinic.EmergencyLink);
    }

    [Fact]
    public void The_welcome_says_it_is_general_information_not_a_diagnosis()
    {
        Assert.Contains("not a diagnosis", Content.Messages.Welcome.NotADiagnosis, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", Content.Messages.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_still_shows_a_clinic_placeholder()
    {
        var texts = new[]
        {
            Content.Messages.Help, Content.Messages.TooManyMisses, Content.Messages.Welcome.Greeting,
            Content.Handoff.Wording.Offer, Content.RedFlags.Emergency.Action, Content.Callback.Declined,
        };

        Assert.All(texts, text => Assert.DoesNotContain("{", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_question_fills_a_known_slot_and_offers_answers_or_a_range()
    {
        Assert.All(Content.Questions, question =>
        {
            Assert.True(ReportSlots.IsKnown(question.Slot), question.Id);
            Assert.True(question.Choices is not null || question.Range is not null, question.Id);
            Assert.False(string.IsNullOrWhiteSpace(question.RetryPrompt));
        });
        Assert.Equal(new SpineBot.Content.Questions.NumberRange(0, 10), Content.Question("severity").Range);
    }

    [Fact]
    public void Every_warning_sign_has_a_description_for_the_runner()
    {
        Assert.All(Content.Triage.RedFlags.FlagIds, id => Assert.True(Content.RedFlags.Descriptions.ContainsKey(id), id));
    }

    [Fact]
    public void A_second_language_is_a_folder_with_the_same_files()
    {
        using var copy = new DialogsCopy("es");

        var content = ContentLoader.Load(copy.Root, "es");

        Assert.Equal("es", content.Language);
        Assert.Equal(ContentLoader.FileNames.Order(), Directory.GetFiles(Path.Combine(RepositoryFolders.Dialogs, "en"), "*.json").Select(Path.GetFileName).Order());
    }
}
