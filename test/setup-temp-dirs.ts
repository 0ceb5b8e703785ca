// Each test file's temp folders (SQLite files, content copies) go when the file is done: vitest may
// end its workers without the process "exit" event that scripts rely on.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/harness.ts";

afterAll(removeTempDirs);
