#!/usr/bin/env bash
# Builds the image the docker executor runs steps in, on a machine without a registry
# (CI, air-gapped workers). Prints the image's tag; PIPEWRIGHT_STEP_IMAGE defaults to
# pipewright-step:latest, which this also tags.
#
#   1. a root file system, cached in $STEP_IMAGE_CACHE by the hash of this script and
#      requirements.txt: debootstrap --variant=minbase bookworm with python3
#      (3.11), the pinned wheels (downloaded on the host, installed offline in a
#      chroot), docs, tests and C headers trimmed. The slow part (a minute or two).
#   2. the step runtime and module library (runner/, designer/graph/) copied into
#      /opt/pipewright and byte-compiled, then `tar | docker import` as one layer:
#      pipewright-step:<hash of all inputs>. Tens of seconds.
# One imported layer rather than a Dockerfile on top of a base image: with dockerd's
# vfs storage driver (CI) every build step copies the whole file system.
#
# Idempotent: an image whose tag exists is not built again. Production builds the same
# image from step-image/step.Dockerfile (FROM python:3.11-slim). Needs root (debootstrap,
# chroot) and a reachable Debian mirror and PyPI for the first base build only.
set -euo pipefail
cd "$(dirname "$0")/.."

repo=${STEP_IMAGE_REPO:-pipewright-step}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${STEP_IMAGE_CACHE:-/var/cache/pipewright/step-image}
python=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}

short_hash() { sha256sum | cut -c1-16; }

# The root file system without the runner's code; its hash (below) covers only this
# function and the pins, so editing the rest of the script or the code keeps it.
build_rootfs() {
  local rootfs=$1 wheels=$cache/wheels bootstrap=$cache/bookworm-minbase-python3.tar site
  "$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), "need Python 3.11 to download cp311 wheels"'
  rm -rf "$cache"/rootfs-*
  mkdir -p "$rootfs" "$wheels"
  # The pristine debootstrap is kept as a tarball: a change of pins costs seconds, not a minute.
  if [ ! -f "$bootstrap" ]; then
    echo "step image: debootstrap bookworm into $rootfs" >&2
    debootstrap --variant=minbase --include=python3 bookworm "$rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1 \
      || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    tar -C "$rootfs" --numeric-owner -cf "$bootstrap.partial" . && mv "$bootstrap.partial" "$bootstrap"
  else
    tar -C "$rootfs" --numeric-owner -xf "$bootstrap"
  fi
  echo "step image: wheels" >&2
  "$python" -m pip download --quiet --only-binary=:all: -d "$wheels" -r step-image/requirements.txt \
    >"$cache/pip.log" 2>&1 || { cat "$cache/pip.log" >&2; exit 1; }
  mkdir -p "$rootfs/tmp/wheels"
  cp "$wheels"/*.whl step-image/requirements.txt "$rootfs/tmp/wheels/"
  # pip runs from its own wheel: Debian's python3 has no pip, and none is fetched.
  chroot "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c \
    'set -- /tmp/wheels/pip-*.whl && python3 "$1/pip" install --quiet --no-index --find-links /tmp/wheels \
       --break-system-packages --root-user-action=ignore --no-warn-script-location \
       -r /tmp/wheels/requirements.txt'
  # Trim what no step uses: package managers' caches, docs, the libraries' own test
  # suites and C headers. Every container copies the whole root file system (vfs).
  site=$rootfs/usr/local/lib/python3.11/dist-packages
  rm -rf "$rootfs"/tmp/wheels "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* \
    "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
    "$rootfs"/usr/share/locale/* "$site"/pyarrow/include "$site"/pyarrow/src
  find "$site" -depth -type d -name tests -exec rm -rf {} +
  find "$site" -type f \( -name '*.pyx' -o -name '*.pxd' -o -name '*.pxi' -o -name '*.h' -o -name '*.cc' \
    -o -name '*.cpp' \) -delete
  touch "$rootfs/.complete"
}

base_hash=$( { declare -f build_rootfs; cat step-image/requirements.txt; } | short_hash)
code_files=$( { find runner designer/graph -name '*.py' -not -path '*/__pycache__/*'; echo designer/__init__.py; } | LC_ALL=C sort)
# shellcheck disable=SC2086  # one file name per word
image=$repo:$( { echo "$base_hash"; cat step-image/build.sh; sha256sum $code_files; } | short_hash)

if docker image inspect "$image" >/dev/null 2>&1; then
  docker tag "$image" "$repo:latest"
  echo "$image"
  exit 0
fi

rootfs=$cache/rootfs-$base_hash
[ -f "$rootfs/.complete" ] || build_rootfs "$rootfs"

echo "step image: $image" >&2
rm -rf "$rootfs/opt/pipewright"
mkdir -p "$rootfs/opt/pipewright" "$rootfs/work"
# shellcheck disable=SC2086
cp --parents $code_files "$rootfs/opt/pipewright/"
chroot "$rootfs" /usr/bin/python3 -m compileall -q /opt/pipewright
echo /opt/pipewright >"$rootfs/usr/local/lib/python3.11/dist-packages/pipewright.pth"
tar -C "$rootfs" --numeric-owner --exclude=./.complete -c . | docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1' \
  --change 'USER 65534:65534' --change 'WORKDIR /work' --change 'CMD ["python3"]' \
  --change 'LABEL org.pipewright.python=3.11' \
  - "$image" >/dev/null
docker tag "$image" "$repo:latest"
# Earlier builds are dead weight (each is a full copy on vfs), and so are environment
# images for custom modules built on them (runner.executors.docker_environments builds them
# again on demand, keyed by the base image's id). An image still in use stays.
current=$(docker image inspect -f '{{.Id}}' "$image")
for env in $(docker images pipewright-env --format '{{.Repository}}:{{.Tag}}'); do
  base=$(docker image inspect -f '{{index .Config.Labels "org.pipewright.base"}}' "$env" 2>/dev/null || true)
  [ "$base" = "$current" ] || docker rmi "$env" >/dev/null 2>&1 || true
done
docker images "$repo" --format '{{.Repository}}:{{.Tag}}' | grep -v -x -e "$image" -e "$repo:latest" \
  | xargs -r docker rmi >/dev/null 2>&1 || true
echo "$image"
