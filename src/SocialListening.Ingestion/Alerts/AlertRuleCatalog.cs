namespace SocialListening.Ingestion.Alerts;

/// <summary>A rule and where it is defined (the configuration file, or added at run time and kept in the state database).</summary>
public sealed record AlertRuleEntry(AlertRule Rule, bool Configured);

/// <summary>A change to the rules that contradicts them (a name taken, a configured rule removed).</summary>
public sealed class AlertRuleConflictException(string message) : Exception(message);

/// <summary>
/// The alert rules in force: the configuration's <c>alerts:</c> list plus the rules added at run time. Read on every
/// call, so a rule added while `sl run` runs is evaluated at the next minute.
/// </summary>
public sealed class AlertRuleCatalog(IReadOnlyList<AlertRule> configured, AlertRuleStore store)
{
    public IReadOnlyList<AlertRuleEntry> Entries =>
        [.. configured.Select(r => new AlertRuleEntry(r, true)), .. store.List().Where(r => Find(configured, r.Name) is null).Select(r => new AlertRuleEntry(r, false))];

    public IReadOnlyList<AlertRule> All => [.. Entries.Select(e => e.Rule)];

    public AlertRuleEntry? Find(string name) => Entries.FirstOrDefault(e => string.Equals(e.Rule.Name, name, StringComparison.OrdinalIgnoreCase));

    public void Add(AlertRule rule)
    {
        if (Find(rule.Name) is { } existing)
        {
            throw new AlertRuleConflictException(existing.Configured
                ? $"'{rule.Name}' is defined in the configuration file; edit it there."
                : $"An alert rule named '{rule.Name}' exists; remove it first to redefine it.");
        }
        store.Add(rule);
    }

    /// <summary>Removes a rule added at run time; false when no rule has that name.</summary>
    public bool Remove(string name)
    {
        if (Find(configured, name) is not null)
        {
            throw new AlertRuleConflictException($"'{name}' is defined in the configuration file; remove it there.");
        }
        return store.Remove(name);
    }

    private static AlertRule? Find(IReadOnlyList<AlertRule> rules, string name) =>
        rules.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
