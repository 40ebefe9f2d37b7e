-- 配套 once per beneficiary and line (contracts §8, issue 7): matching entitlements were keyed per
-- fact ("M|line|beneficiary|<fact id>"), and the live event and the re-scan name a fact without a
-- certificate differently. Re-key the rows already offered so that neither path offers them again:
-- "M|line|beneficiary" (and "|P<project>" for clause-5 lines, whose once-only unit is the project).
-- Where the old key let the same award be offered twice, the earliest row takes the new key; the
-- later duplicate keeps its old key (it stays visible for the award module to withdraw).
UPDATE policy_entitlement SET once_key = 'M|' || line || '|' || beneficiary || '|P'
        || SUBSTRING(once_key FROM POSITION('|project-' IN once_key) + 9)
    WHERE once_key LIKE 'M|%' AND fact_type = 'NATIONAL_PROJECT_WON' AND POSITION('|project-' IN once_key) > 0;

UPDATE policy_entitlement SET once_key = 'M|' || line || '|' || beneficiary
    WHERE once_key LIKE 'M|%' AND fact_type NOT IN ('NATIONAL_PROJECT_WON', 'EVALUATION_REWARDED')
      AND NOT EXISTS (SELECT 1 FROM policy_entitlement o WHERE o.once_key LIKE 'M|%' AND o.line = policy_entitlement.line
          AND o.beneficiary = policy_entitlement.beneficiary
          AND (o.created_at < policy_entitlement.created_at
               OR (o.created_at = policy_entitlement.created_at AND o.id < policy_entitlement.id)));
