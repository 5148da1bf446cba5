using System.CommandLine;
using SocialListening.Cli.Commands;

// No response files: an argument starting with '@' is an author handle or a query (`sl forget --author @marie`,
// `sl query "@mandarine"`), not a file of arguments.
return await SlCommand.Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).InvokeAsync();
