#!/bin/sh
# Stand-in for the Prisma schema engine, which cannot be downloaded here; `prisma generate` never calls it.
exit 0
