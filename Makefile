# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
`# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
`# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
`# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
`# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
T# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
H# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
?# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
3# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
?# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
?# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
F# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
R# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
T# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
D# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
S# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
U# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
R# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
C# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
S# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
2# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
># Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
H# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
x# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
x# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
|# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
|# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
T# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
H# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
x# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
@# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
x# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
q# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
x# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
@# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
@# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
F# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
R# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
T# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
D# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
S# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
O# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
U# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
R# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
C# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
S# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
&# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
2# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
R# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
## Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
w# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
,# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
M# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
A# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
K# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
j# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
2# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
=# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
k# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
2# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
P# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
Y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
b# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
h# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
g# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
.# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
p# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
y# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
:# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
	# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
-# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
$# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
(# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
E# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
N# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
V# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
)# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
_# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
m# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
u# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
l# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
s# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
i# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
c# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
/# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
f# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
o# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
t# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
e# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
n# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
d# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
 # Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
v# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
a# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
r# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
