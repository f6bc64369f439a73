-- Names sort in the Kazakh alphabet's order by a key of our own (src/modules/common/kazakh-order.ts):
-- plain ASCII tokens, compared byte by byte whatever the database's default collation.
-- Existing rows get an empty key until the seed loader reloads them (the seed hash covers the migrations).

-- AlterTable
ALTER TABLE "district" ADD COLUMN     "name_sort" TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE "district" ALTER COLUMN "name_sort" DROP DEFAULT;

-- AlterTable
ALTER TABLE "provider" ADD COLUMN     "name_sort" TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE "provider" ALTER COLUMN "name_sort" DROP DEFAULT;
