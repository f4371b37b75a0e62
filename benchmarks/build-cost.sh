#!/usr/bin/env bash
# What the generator and analyzers add to a real build (docs/performance.md "Build: a real compile").
# Builds the synthetic project twice: with our generator and analyzers, and with the very code they generate
# added as ordinary source files and no generator; the Csc task's time differs by what they cost. The same for
# the SDK's [GeneratedRegex] generator on as many [GeneratedRegex] methods. Each build is a real `dotnet build`
# (compiler server on, as a developer's build runs), repeated after touching one file so only Csc reruns.
#
# The replay floor builds too: a project whose analyzer assembly only replays the generated files (embedded in it)
# and registers an empty symbol action (benchmarks/real-build-floor): what any generator and analyzer of these methods
# cost a real build before doing any work of their own. queries-floorsig replays fresh copies of the files and reads
# each method's signature first, as implementing a partial method needs.
#
# Then every project again in cold builds: the compiler server shut down before each, as in a first build (CI, or
# after a reboot), where the compiler's and the generators' code runs before the JIT has optimized it.
#
#   benchmarks/build-cost.sh [methods=1000] [runs=7] [work dir=/tmp/cfq-build-cost] [cold runs=5]
set -euo pipefail
methods=${1:-1000}
runs=${2:-7}
work=${3:-/tmp/cfq-build-cost}
cold_runs=${4:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)

rm -rf "$work" && mkdir -p "$work"
dotnet build -c Release "$repo/benchmarks/ConnectFlowQueries.Benchmarks" -v:q -nologo >/dev/null
bench="$repo/benchmarks/ConnectFlowQueries.Benchmarks/bin/Release/net10.0/ConnectFlowQueries.Benchmarks.dll"
dotnet "$bench" --write-sources "$work/sources/queries" "$methods" queries
dotnet "$bench" --write-sources "$work/sources/regex" "$methods" regex

# project NAME SOURCES GENERATED-DIR EXTRA-ITEMS
project() {
  mkdir -p "$work/$1"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>$work/generated/$1</CompilerGeneratedFilesOutputPath>
    <NoWarn>\$(NoWarn);CS1591;CS8669</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$work/sources/$2/*.cs" />
$4
  </ItemGroup>
</Project>
XML
}

library="<ProjectReference Include=\"$repo/src/ConnectFlowQueries/ConnectFlowQueries.csproj\" />
    <ProjectReference Include=\"$repo/tests/AWSSDK.Connect.StandIn/AWSSDK.Connect.StandIn.csproj\" />"
generator="<ProjectReference Include=\"$repo/src/ConnectFlowQueries.Generator/ConnectFlowQueries.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
no_regex_generator="  </ItemGroup>
  <Target Name=\"RemoveRegexGenerator\" BeforeTargets=\"CoreCompile\">
    <ItemGroup>
      <Analyzer Remove=\"@(Analyzer)\" Condition=\"'%(Filename)' == 'System.Text.RegularExpressions.Generator'\" />
    </ItemGroup>
  </Target>
  <ItemGroup>"

project queries-generator queries "" "$library
    $generator"
project regex-generator regex "" ""
for p in queries-generator regex-generator; do
  dotnet build -c Release "$work/$p" -v:q -nologo >/dev/null
done
# The plain-source twins compile exactly what the generators produced, as ordinary files.
project queries-plain queries "" "$library
    <Compile Include=\"$work/generated/queries-generator/**/*.cs\" />"
project regex-plain regex "" "<Compile Include=\"$work/generated/regex-generator/**/*.cs\" />
$no_regex_generator"
# The floor's analyzer assembly embeds what our generator produced; its second build also reads each signature.
floor() {
  dotnet build -c Release "$repo/benchmarks/real-build-floor" -v:q -nologo -p:ReplaySources="$work/generated/queries-generator" \
    ${2:+-p:DefineConstants=$2} -o "$work/$1-analyzer" >/dev/null
  project "$1" queries "" "$library
    <Analyzer Include=\"$work/$1-analyzer/ReplayFloor.dll\" />"
}
floor queries-floor
floor queries-floorsig SIGNATURE_READ
for p in queries-plain regex-plain queries-floor queries-floorsig; do
  sed -i 's|<EmitCompilerGeneratedFiles>true|<EmitCompilerGeneratedFiles>false|' "$work/$p/$p.csproj"
  dotnet build -c Release "$work/$p" -v:q -nologo >/dev/null
done

# One build: prints "<Csc task ms> <the generator's ms> <its analyzers' ms>" for the assembly named $3, as the
# compiler's own /reportanalyzer output gives them. The compiler server is used (UseSharedCompilation), as in a
# developer's build; the first five builds per project warm it and are not counted. Generated files were written to disk
# once, for the plain-source twins; measured builds do not write them.
measure() {
  touch "$work/sources/$2/File0.cs"
  dotnet build -c Release --no-restore "$work/$1" -nologo -v:d -clp:PerformanceSummary \
    -p:ReportAnalyzer=true -p:UseSharedCompilation=true -p:EmitCompilerGeneratedFiles=false > "$work/$1.log"
  awk -v assembly="$3, Version" '
    /Total analyzer execution time:/ { section = "analyzer" }
    /Total generator execution time:/ { section = "generator" }
    index($0, assembly) && section == "analyzer" { analyzer = $1 * 1000 }
    index($0, assembly) && section == "generator" { generator = $1 * 1000 }
    /^ *[0-9]+ ms  Csc / { csc = $1 }
    END { printf "%d %d %d\n", csc, generator, analyzer }' "$work/$1.log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# One build of project $1, its sources and generator assembly named after it.
measure_project() {
  local sources=${1%%-*} assembly=ConnectFlowQueries.Generator
  [ "$sources" = regex ] && assembly=System.Text.RegularExpressions.Generator
  [ "${1#queries-floor}" != "$1" ] && assembly=ReplayFloor
  measure "$1" "$sources" "$assembly"
}

projects="queries-generator queries-floor queries-floorsig queries-plain regex-generator regex-plain"

# series KIND RUNS: every project built RUNS times, warm (after five warm-up rounds) or cold (server shut down
# before each build); prints the medians of the Csc task, the generator and its analyzers, and the generator's
# least time, and keeps the runs in $work. The projects take turns, one build each per round, so a change in the
# machine's load during the series falls on all of them alike rather than on whichever project was building.
series() {
  local p i
  if [ "$1" = warm ]; then
    for i in 1 2 3 4 5; do for p in $projects; do measure_project "$p" > /dev/null; done; done # the server's JIT settles
  fi
  for p in $projects; do : > "$work/$p.$1"; done
  for i in $(seq "$2"); do
    for p in $projects; do
      [ "$1" = cold ] && dotnet build-server shutdown > /dev/null
      measure_project "$p" >> "$work/$p.$1"
    done
  done
  for p in $projects; do
    printf '%-18s %10s %10s %10s %10s\n' "$p" \
      "$(cut -d' ' -f1 "$work/$p.$1" | median)" \
      "$(cut -d' ' -f2 "$work/$p.$1" | median)" \
      "$(cut -d' ' -f3 "$work/$p.$1" | median)" \
      "$(cut -d' ' -f2 "$work/$p.$1" | sort -n | head -1)"
  done
}

printf '%-18s %10s %10s %10s %10s   (median of %d builds, ms; %d methods)\n' project 'Csc task' generator 'its analyzers' 'gen. least' "$runs" "$methods"
series warm "$runs"
printf '\n%-18s %10s %10s %10s %10s   (median of %d cold builds, ms)\n' project 'Csc task' generator 'its analyzers' 'gen. least' "$cold_runs"
series cold "$cold_runs"
dotnet build-server shutdown > /dev/null
