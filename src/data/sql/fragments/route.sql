-- A route id from its English or Dutch name, as `normaliseRoute` in src/data/parse-usage.ts
-- reads it: case-insensitive, with runs of spaces and hyphens read as one underscore
-- ('OTS voorkomen' → 'ots_prevented'); NULL when it is no route. 'ë' is recognised in both
-- Unicode forms (one character, or e + combining diaeresis) and in capitals, whatever the
-- database's locale. A route id written as such (the English id) takes the short way.
--   {text} the trimmed text (NULL when empty)
CASE WHEN {text} IN ('ots_prevented', 'ots_ended_early', 'ots_required', 'ots_collaboration') THEN {text}
  ELSE CASE regexp_replace(replace(lower(translate({text}, 'Ë', 'ë')), 'e' || chr(776), 'ë'),
              '[' || {{js-whitespace}} || '-]+', '_', 'g')
    WHEN 'ots_prevented' THEN 'ots_prevented'
    WHEN 'ots_ended_early' THEN 'ots_ended_early'
    WHEN 'ots_required' THEN 'ots_required'
    WHEN 'ots_collaboration' THEN 'ots_collaboration'
    WHEN 'ots_voorkomen' THEN 'ots_prevented'
    WHEN 'ots_beeindigd' THEN 'ots_ended_early'
    WHEN 'ots_beëindigd' THEN 'ots_ended_early'
    WHEN 'ots_noodzakelijk' THEN 'ots_required'
    WHEN 'samenwerking_tijdens_ots' THEN 'ots_collaboration'
  END
END
