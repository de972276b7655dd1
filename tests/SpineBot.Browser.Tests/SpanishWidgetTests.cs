using System.Text.Json;
using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

/// <summary>
/// The widget's own words in Spanish for a visitor whose browser is Spanish (Chromium --lang=es-US), and a whole
/// conversation in Spanish with the real bot (the activities carry the browser's locale).
/// </summary>
[Collection(SpineBotSiteDefinition.Name)]
public sealed class SpanishWidgetTests(SpineBotSite site)
{
    [BrowserFact]
    public async Task ASpanishBrowserGetsTheLauncherPlaceholderFootnoteAndWebChatsOwnWordsInSpanish()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop, spanishBrowser: true);
        Assert.Equal(SpineBotSite.SpanishBrowserLanguage, await clinic.Page.EvaluateAsync<string>("() => navigator.language"));

        await Assertions.Expect(clinic.Chat.Launcher).ToHaveTextAsync("Chatear con SpineBot");
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-label", "Chatear con SpineBot");
        await clinic.Chat.OpenAsync();

        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-label", "Cerrar el chat de SpineBot");
        await Assertions.Expect(clinic.Chat.SendBox).ToHaveAttributeAsync("placeholder", "Escriba su mensaje");
        await Assertions.Expect(clinic.Chat.Frame.Locator(".chat__footnote"))
            .ToHaveTextAsync("Información general, no un diagnóstico. ¿Una emergencia? Llame al 911.");
        await Assertions.Expect(clinic.Chat.CloseButton).ToHaveAttributeAsync("aria-label", "Cerrar el chat de SpineBot");
        await Assertions.Expect(clinic.Chat.Frame.Locator("html")).ToHaveAttributeAsync("lang", "es");
        // Web Chat's own Spanish: its send button.
        await Assertions.Expect(clinic.Chat.Frame.GetByRole(AriaRole.Button, new() { Name = "Enviar", Exact = true })).ToBeVisibleAsync();
        await clinic.Chat.ScreenshotAsync("widget-spanish");
    }

    [BrowserFact]
    public async Task TheMessagesASpanishBrowserSendsCarryItsLocale()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop, spanishBrowser: true);
        var sent = new List<string>();
        clinic.Page.Context.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal) && request.PostData is { } body)
            {
                lock (sent)
                {
                    sent.Add(body);
                }
            }
        };
        await clinic.Chat.OpenAsync();

        await clinic.Chat.SendAsync("me duele la espalda");

        string[] bodies;
        lock (sent)
        {
            bodies = [.. sent];
        }

        var message = bodies.Select(body => JsonDocument.Parse(body).RootElement)
            .Single(activity => activity.GetProperty("type").GetString() == "message");
        Assert.Equal(SpineBotSite.SpanishBrowserLanguage, message.GetProperty("locale").GetString());
    }

    [BrowserFact]
    public async Task AnEnglishBrowserOpeningTheChatInSpanishGetsSpanishWords()
    {
        await using var chat = await ClinicPage.OpenAsync(site, Device.Desktop, "/widget?lang=es");

        await Assertions.Expect(chat.Page.Locator(".chat__footnote")).ToContainTextAsync("no un diagnóstico");
        await Assertions.Expect(chat.Page.Locator("[data-id='webchat-sendbox-input']")).ToHaveAttributeAsync("placeholder", "Escriba su mensaje");
    }

    [BrowserFact]
    public async Task AnEnglishBrowserKeepsTheWidgetInEnglish()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);

        await Assertions.Expect(clinic.Chat.Launcher).ToHaveTextAsync("Chat with SpineBot");
        await clinic.Chat.OpenAsync();
        await Assertions.Expect(clinic.Chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        await Assertions.Expect(clinic.Chat.Frame.Locator(".chat__footnote")).ToHaveTextAsync("General information, not a diagnosis. Emergency? Call 911.");
    }

    [BrowserFact]
    public async Task ASpanishBrowserHasAWholeConversationInSpanishToTheClinicsNumber()
    {
        var spanish = BotContent.Spanish;
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop, spanishBrowser: true);
        var chat = clinic.Chat;
        await chat.OpenAsync();
        var from = await chat.WaitForQuestionAsync(spanish.Messages.Welcome.StartPrompt) + 1;
        // Welcomed once, in Spanish: the widget asked for its token with its locale, so the conversation started in it.
        Assert.DoesNotContain(await chat.BotTextsAsync(), text => ShownText.Contains(text, BotContent.Current.Messages.Welcome.Greeting));

        // The story, typed in Spanish with the rating "como un 8 de 10": said back in Spanish, then the safety check.
        await chat.SendAsync("Me duele la espalda baja desde hace 3 semanas después de cada carrera y va empeorando, como un 8 de 10");
        var sayBack = await chat.WaitForBotMessageAsync(spanish.Messages.SayBack, from);
        var runner = new Runner(chat, spanish)
            .Types("legSymptoms", "no")
            .Types("coreTraining", "una vez por semana")
            .Types("waterDuringRuns", "sí")
            .Clicks("heelStrike", "yes");
        from = await runner.AnswersNoToTheSafetyCheckAsync(sayBack + 1);
        var callbackOffer = await runner.AnswerQuestionsUntilAsync(spanish.Callback.Offer, from);

        // Why the clinic should look at it, in Spanish, and the clinic's card with its number.
        var said = (await chat.BotTextsAsync()).Take(callbackOffer + 1).ToList();
        var wording = spanish.Handoff.Wording;
        Assert.Contains(said, text => ShownText.Contains(text, wording.Reasons["getting-worse"][0].Text));
        var card = chat.BotMessageBubbles.Filter(new() { HasText = "310-828-7757" }).Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        Assert.Equal([wording.CallbackButton, wording.NoThanksButton], await chat.SuggestedActionTitlesAsync());
        Assert.DoesNotContain(said, text => ShownText.Contains(text, BotContent.Current.Messages.SayBack));
        await chat.ScreenshotAsync("conversation-spanish-clinic-handoff");
    }
}
