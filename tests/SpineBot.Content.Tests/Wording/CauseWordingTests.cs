using SpineBot.Content.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Tests.Wording;

public sealed class CauseWordingTests
{
    private static ClinicContent Content => ShippedContent.English;

    [Fact]
    public void Why_it_fits_repeats_the_runners_own_numbers()
    {
        var report = new RunnerReport { MileageIncreased = true, MileageBefore = 15, MileageAfter = 25, DistanceUnit = "miles", IntensityIncreased = true };
        var match = Content.Triage.Causes.Rank(report).Single();

        var why = Content.WhyItFits(match);

        Assert.Equal("That fits because you said you went from 15 to 25 miles and you've been running faster or harder than usual.", why);
    }

    [Fact]
    public void Why_it_fits_falls_back_to_plain_wording_when_details_are_unknown()
    {
        var report = new RunnerReport { MileageIncreased = true, UnevenSurface = true };
        var match = Content.Triage.Causes.Rank(report).Single();

        var reasons = Content.Cause(match.CauseId).ReasonsFor(match);

        Assert.Equal(["you mentioned you've recently upped your mileage", "you've been running on uneven ground"], reasons);
    }

    [Fact]
    public void One_cause_is_introduced_as_what_this_may_come_from()
    {
        var matches = Content.Triage.Causes.Rank(new RunnerReport { CoreTraining = CoreTrainingFrequency.Never });

        var text = Content.IntroduceCauses(matches);

        Assert.StartsWith("From what you've told me, this may come from core muscles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_causes_are_introduced_together()
    {
        var matches = Content.Triage.Causes.Rank(new RunnerReport { HeelStrike = true, LeansForward = true });

        var text = Content.IntroduceCauses(matches);

        Assert.Contains("your running form and the way your feet strike the ground", text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_nothing_fits_the_bot_says_so_honestly()
    {
        var text = Content.IntroduceCauses([]);

        Assert.Equal(Content.Messages.Causes.NothingFitsWell, text);
        Assert.Contains("Nothing you've told me points clearly", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_wording_claims_a_diagnosis()
    {
        var texts = Content.Causes.SelectMany(cause => cause.SelfCare.Append(cause.Explanation))
            .Concat(Content.GeneralSelfCare)
            .Append(Content.Messages.Causes.OneFits.Text)
            .Append(Content.Messages.Causes.SeveralFit.Text);

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("you have ", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("diagnos", text.Replace("not a diagnosis", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        });
    }
}
