-- The kind of department a member-unit account speaks for (cn.jiceng.security.domain.Department, e.g.
-- ORGANIZATION): joint-review tasks go to the engine group ROLE@unit#DEPARTMENT. The free-text column
-- "department" keeps the office's own name (e.g. 吉林省委组织部).
alter table app_user add column department_code varchar(32);
