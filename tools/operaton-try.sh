#!/usr/bin/env bash
# Tries Tremplin on Operaton 1.0.0 at engine level (docs/ops/operaton-plan.md). Run on a scratch branch only:
# it rewrites the tree. Operaton's OpenRewrite recipe (org.operaton:migrate-camunda-recipe) is not served by
# the registry reachable here, so the package rename is a scripted sed over sources and resources.
#   tools/operaton-try.sh rename     # org.camunda.bpm -> org.operaton.bpm, Camunda* -> Operaton* types
#   tools/operaton-try.sh pom        # Camunda's artifacts -> Operaton's equivalents (operaton-bom 1.0.0)
#   tools/operaton-try.sh served     # ... and drop those the registry does not serve, to reach the compiler
# Then by hand (commits of branch ops-operaton-try): set aside the classes that need artifacts not served, adapt
# DeploymentRefused, add OperatonDeploysTremplinDiagramsTests; python3 tools/operaton-schema-diff.py compares schemas.
set -euo pipefail
cd "$(dirname "$0")/.."
branch=$(git branch --show-current)
[[ "$branch" == *operaton-try* ]] || { echo "refusing on branch '$branch': run it on a scratch branch named *operaton-try*" >&2; exit 2; }
case "${1:-}" in
rename)
  files=$(grep -rlE 'org\.camunda\.bpm|camunda\.bpm' src --include='*.java' --include='*.xml' --include='*.yaml' \
    --include='*.properties' --include='*.imports' --include='*.factories' || true)
  # the Java packages, then the library's Camunda-prefixed types Tremplin uses (Tremplin's own Camunda* classes keep
  # their names)
  sed -i -E -e 's/org\.camunda\.bpm/org.operaton.bpm/g' -E -e 's/\bCamunda(OutputParameter|InputParameter|Out|In|FormRef|FormDefinitionEntity|FormDefinition|BpmWebappInitializer|Properties|Property)\b/Operaton\1/g' \
    -e 's/\.instance\.camunda\./.instance.operaton./g' -e 's/^camunda:/operaton:/; s/^(\s*)camunda\.bpm/\1operaton.bpm/' $files
  # Operaton 1.0 no longer repackages the EL API inside its JUEL: it uses jakarta.el-api itself
  sed -i -e 's/org\.operaton\.bpm\.impl\.juel\.jakarta\.el/jakarta.el/g' $files
  # accessors and constants that carried the old name (getCamundaFormRef(), Groups.CAMUNDA_ADMIN = "camunda-admin")
  sed -i -E -e 's/\bgetCamunda([A-Z])/getOperaton\1/g' -e 's/\bCAMUNDA_ADMIN\b/OPERATON_ADMIN/g' \
    -e 's/getCamundaFormDefinitionManager/getOperatonFormDefinitionManager/g' $files
  # the fluent model builder's camunda*() methods (.camundaHistoryTimeToLive(30) -> .operatonHistoryTimeToLive(30))
  sed -i -E -e 's/\.camunda([A-Z][A-Za-z]*)\(/.operaton\1(/g' $files
  echo "renamed in $(echo "$files" | wc -w) files"
  ;;
pom|served)
  python3 - "$1" <<'PY'
import re, sys
p = open('pom.xml').read()
p = p.replace('<camunda.version>7.24.0</camunda.version>', '<camunda.version>1.0.0</camunda.version>')
p = p.replace('<groupId>org.camunda.bpm</groupId>\n        <artifactId>camunda-bom</artifactId>',
              '<groupId>org.operaton.bpm</groupId>\n        <artifactId>operaton-bom</artifactId>')
swaps = {
  ('org.camunda.bpm.springboot', 'camunda-bpm-spring-boot-starter-webapp'): ('org.operaton.bpm.springboot', 'operaton-bpm-spring-boot-starter-webapp'),
  ('org.camunda.bpm.springboot', 'camunda-bpm-spring-boot-starter-rest'): ('org.operaton.bpm.springboot', 'operaton-bpm-spring-boot-starter-rest'),
  ('org.camunda.bpm.identity', 'camunda-identity-ldap'): ('org.operaton.bpm.identity', 'operaton-identity-ldap'),
  ('org.camunda.bpm', 'camunda-bpm-junit5'): ('org.operaton.bpm', 'operaton-bpm-junit5'),
  ('org.camunda.bpm', 'camunda-bpm-assert'): ('org.operaton.bpm', 'operaton-bpm-assert'),
}
for (g, a), (ng, na) in swaps.items():
  p = p.replace(f'<groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>', f'<groupId>{ng}</groupId>\n      <artifactId>{na}</artifactId>')
p = p.replace('<artifactId>operaton-identity-ldap</artifactId>\n      <version>7.23.0</version>', '<artifactId>operaton-identity-ldap</artifactId>\n      <version>1.0.0</version>')
if sys.argv[1] == 'served':
  # not served here (pom.lastUpdated): the starters, junit5, assert, identity-ldap; no Operaton build of
  # process-test-coverage exists. The engine alone is served.
  for a in ['operaton-bpm-spring-boot-starter-webapp', 'operaton-bpm-spring-boot-starter-rest', 'operaton-identity-ldap',
            'operaton-bpm-junit5', 'operaton-bpm-assert', 'camunda-process-test-coverage-junit5-platform-7']:
    p = re.sub(r'\s*<dependency>\s*(<!--[^>]*-->\s*)?<groupId>[^<]+</groupId>\s*<artifactId>' + a + r'</artifactId>.*?</dependency>', '', p, count=1, flags=re.S)
  p = p.replace('<!-- Camunda 7 engine, REST API and Community webapps -->',
    '<!-- Camunda 7 engine, REST API and Community webapps -->\n    <dependency>\n      <groupId>org.operaton.bpm</groupId>\n      <artifactId>operaton-engine</artifactId>\n    </dependency>')
  # every error, not javac's first 100
  p = p.replace('<artifactId>maven-compiler-plugin</artifactId>', '<artifactId>maven-compiler-plugin</artifactId>\n        <configuration><compilerArgs><arg>-Xmaxerrs</arg><arg>5000</arg></compilerArgs></configuration>', 1) \
      if '<artifactId>maven-compiler-plugin</artifactId>' in p else p.replace('<plugins>', '<plugins>\n      <plugin>\n        <groupId>org.apache.maven.plugins</groupId>\n        <artifactId>maven-compiler-plugin</artifactId>\n        <configuration><compilerArgs><arg>-Xmaxerrs</arg><arg>5000</arg></compilerArgs></configuration>\n      </plugin>', 1)
open('pom.xml', 'w').write(p)
PY
  git diff --stat pom.xml
  ;;
*) echo "usage: $0 rename|pom|served" >&2; exit 2 ;;
esac
