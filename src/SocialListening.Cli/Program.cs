using SocialListening.Cli.Commands;

return await SlCommand.Create().Parse(args).InvokeAsync();
