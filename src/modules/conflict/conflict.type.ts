import "reflect-metadata";
import { connectionType } from "../../graphql/connection.js";
import { ConflictType } from "../listing/listing.type.js";

export const DataConflictConnection = connectionType("DataConflict", () => ConflictType, "қайшылықтар");
