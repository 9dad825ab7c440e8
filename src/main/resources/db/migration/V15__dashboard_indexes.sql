-- The dashboard's figures per unit and overdue tasks per reviewer read open tasks of a region by
-- due date and assignee: with this index they are answered from the index alone, without reading
-- each task's row (docs/performance.md, the workbench benchmark at 100,000 open tasks).
create index ix_wb_task_open_due on wb_task (status, unit_path, due_at, assignee);
