"""Standard output: a full disk, a closed stdout and a reader that has gone are one line (or silence), never a
traceback; the answer is UTF-8 whatever PYTHONIOENCODING says. Real processes, since it is theirs."""

import os
import subprocess
import sys

from balikg.core import iris
from balikg.core.paths import PACKAGE
from balikg.core.vocab import BKG

ENV = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
BALIKG = [sys.executable, "-m", "balikg"]

EVENT = iris.event("meeting-2003")
PARTICIPATION = iris.participation("meeting-2003", "participant", "state/TUR")
TUR, ROLE, KIND = iris.actor("state/TUR"), iris.role("participant"), iris.actor_type("state")
SPAN, DOC = iris.span("x", 0, 7), iris.document("x")
TINY = f"""\
@prefix bkg: <{BKG.NS}> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<{EVENT}> a bkg:Meeting ; rdfs:label "Réunion ministérielle" ;
    prov:qualifiedAssociation <{PARTICIPATION}> .
<{PARTICIPATION}> prov:agent <{TUR}> ;
    prov:hadRole <{ROLE}> ; dcterms:source <{SPAN}> .
<{ROLE}> skos:notation "participant" .
<{TUR}> rdfs:label "Türkiye" ; dcterms:type <{KIND}> .
<{KIND}> skos:notation "state" .
<{SPAN}> nif:anchorOf "Türkiye" ; nif:referenceContext <{DOC}> .
<{DOC}> bkg:sourcePath "sources/x.txt" .
"""


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """balikg in a process of its own (output as bytes)."""
    return subprocess.run(BALIKG + args, stderr=subprocess.PIPE, env=kwargs.pop("env", ENV), timeout=60, **kwargs)


def test_a_full_disk_is_one_line():
    with open("/dev/full", "wb") as full:
        done = run(["query", "--list"], stdout=full)
    assert done.returncode == 2
    assert done.stderr == b"balikg query: cannot write to standard output (No space left on device)\n"


def test_a_closed_stdout_is_one_line():
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *BALIKG, "query", "--list"],
        stderr=subprocess.PIPE,
        env=ENV,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == b"balikg query: cannot write to standard output (Bad file descriptor)\n"


def test_a_reader_that_has_gone_is_silence():
    read, write = os.pipe()
    os.close(read)  # every write will fail with EPIPE
    try:
        done = run(["query", "--list"], stdout=write)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (0, b"")


def test_the_answer_is_utf8_whatever_the_encoding_asked(tmp_path):
    graph = tmp_path / "tiny.ttl"
    graph.write_text(TINY, encoding="utf-8")
    args = ["query", "participants", "--graph", str(graph), "--format", "csv"]
    plain = run(args, stdout=subprocess.PIPE)
    ascii_ = run(args, stdout=subprocess.PIPE, env={**ENV, "PYTHONIOENCODING": "ascii"})
    assert (plain.returncode, plain.stderr) == (0, b"")
    assert (ascii_.returncode, ascii_.stderr) == (0, b"")
    assert ascii_.stdout == plain.stdout
    rows = ascii_.stdout.decode("utf-8").splitlines()
    assert rows[1].split(",")[1:3] == ["Türkiye", "state"]
    assert "Réunion ministérielle" in rows[1]
