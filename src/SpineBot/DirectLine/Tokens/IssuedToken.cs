namespace SpineBot.DirectLine.Tokens;

/// <summary>A token just issued, with what it grants.</summary>
internal sealed record IssuedToken(string Token, TokenGrant Grant);
