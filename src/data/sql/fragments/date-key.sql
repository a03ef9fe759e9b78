-- An existing date as the integer YYYYMMDD (2024-03-01 → 20240301), which orders as dates do;
-- NULL when the day does not exist in that month (31-04-2024, 29-02-2023) or there is no date.
--   {year} {month} {day} integers, or NULL
CASE
  WHEN {day} >= 1 AND {day} <= {{date-days year={year} month={month}}} THEN {year} * 10000 + {month} * 100 + {day}
END
