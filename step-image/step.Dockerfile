# The step image for the docker executor as production builds it, with a registry:
#   docker build -f step-image/step.Dockerfile -t <registry>/pipewright-step:<version> .
# Compute targets of kind "docker" name the image; workers pull it ahead of time (the
# executor never pulls in the middle of a step).
#
# Same content as step-image/build.sh's registry-free image (which CI and air-gapped
# workers use): Python 3.11, the pins of step-image/requirements.txt, and the step
# runtime and module library (runner/, designer/graph/) importable from /opt/pipewright.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 LANG=C.UTF-8
COPY step-image/requirements.txt /tmp/requirements.txt
# The libraries' own test suites are a third of their files, and every container
# starts with a copy of the image's file system on some storage drivers.
RUN pip install --no-cache-dir -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt \
 && find /usr/local/lib/python3.11/site-packages -depth -type d -name tests -exec rm -rf {} +
COPY runner /opt/pipewright/runner
COPY designer/__init__.py /opt/pipewright/designer/__init__.py
COPY designer/graph /opt/pipewright/designer/graph
# Byte-compiled now: the root file system is read-only when a step runs.
RUN python -m compileall -q /opt/pipewright \
 && echo /opt/pipewright > /usr/local/lib/python3.11/site-packages/pipewright.pth
# Environment images for custom modules (runner.executors.environments) read this.
LABEL org.pipewright.python=3.11
USER 65534:65534
WORKDIR /work
CMD ["python3"]
